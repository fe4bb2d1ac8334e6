package vn.phoihop.executiveboard.consultations.adapter.in.web;

import jakarta.validation.constraints.Size;

import vn.phoihop.executiveboard.consultations.application.ConsultationFilter;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;
import vn.phoihop.regulation.ActionKind;

/** The query parameters that filter the list of consultations; each is optional. */
record ConsultationCriteria(ConsultationStatus status, ActionKind kind, @Size(max = 64) String unit,
        Boolean overdue, @Size(max = 40) String assignedTo) {

    ConsultationFilter filter() {
        return new ConsultationFilter(status, kind, unit, overdue, assignedTo, null);
    }

}
