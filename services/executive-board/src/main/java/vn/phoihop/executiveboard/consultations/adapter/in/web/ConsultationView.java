package vn.phoihop.executiveboard.consultations.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.phoihop.executiveboard.consultations.domain.Closure;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.ConsultationState;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;
import vn.phoihop.executiveboard.consultations.domain.InformationExchange;
import vn.phoihop.executiveboard.consultations.domain.IssuedOpinion;
import vn.phoihop.executiveboard.consultations.domain.MemberReview;
import vn.phoihop.executiveboard.consultations.domain.Refusal;
import vn.phoihop.executiveboard.consultations.domain.RequestedConsultation;

/** One consultation with everything the committee, the member and the auditor need to see. */
record ConsultationView(UUID caseId, ConsultationStatus status, int proposalVersion, LocalDate dueDate,
        boolean overdue, boolean deemedConsent, String assignedMemberId, RequestedConsultation request,
        MemberReview review, IssuedOpinion opinion, List<InformationExchange> information, Closure closure,
        Refusal refusal) {

    static ConsultationView of(Consultation consultation, LocalDate today) {
        ConsultationState state = consultation.state();
        RequestedConsultation request = state.request();
        return new ConsultationView(request.caseId(), state.status(), request.proposalVersion(), request.dueDate(),
                consultation.overdueOn(today), state.deemedConsent(), state.assignedMemberId(), request,
                state.review(), state.opinion(), state.information(), state.closure(), state.refusal());
    }

}
