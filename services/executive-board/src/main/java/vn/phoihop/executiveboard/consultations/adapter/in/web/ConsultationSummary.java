package vn.phoihop.executiveboard.consultations.adapter.in.web;

import java.time.LocalDate;
import java.util.UUID;

import vn.phoihop.executiveboard.consultations.domain.Cadre;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.ConsultationState;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;
import vn.phoihop.executiveboard.consultations.domain.Position;
import vn.phoihop.executiveboard.consultations.domain.RequestedConsultation;
import vn.phoihop.regulation.ActionKind;

/** A line of the inbox: whose case, which post, by when, and who reviews it. */
record ConsultationSummary(UUID caseId, ConsultationStatus status, int proposalVersion, ActionKind kind,
        Cadre subject, Position position, LocalDate dueDate, boolean overdue, String assignedMemberId,
        boolean reviewed) {

    static ConsultationSummary of(Consultation consultation, LocalDate today) {
        ConsultationState state = consultation.state();
        RequestedConsultation request = state.request();
        return new ConsultationSummary(request.caseId(), state.status(), request.proposalVersion(),
                request.proposal().kind(), request.proposal().subject(), request.proposal().position(),
                request.dueDate(), consultation.overdueOn(today), state.assignedMemberId(), state.review() != null);
    }

}
