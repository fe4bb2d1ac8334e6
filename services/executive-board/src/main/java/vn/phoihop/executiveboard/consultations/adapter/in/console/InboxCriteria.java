package vn.phoihop.executiveboard.consultations.adapter.in.console;

import vn.phoihop.executiveboard.consultations.application.ConsultationFilter;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;

/**
 * The inbox's filters: the open consultations unless {@code closed} asks for those answered or ended; a status
 * narrows either to that status.
 */
record InboxCriteria(ConsultationStatus status, Boolean closed) {

    public boolean showsClosed() {
        return Boolean.TRUE.equals(closed);
    }

    ConsultationFilter filter() {
        return new ConsultationFilter(status, null, null, null, null, status == null ? !showsClosed() : null);
    }

}
