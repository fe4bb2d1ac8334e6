package vn.phoihop.executiveboard.consultations.domain;

import java.util.List;
import java.util.Objects;

/**
 * Everything a consultation holds, to store it and to show it. {@code review}, {@code opinion} and
 * {@code information} belong to the current proposal version; an amendment starts them afresh.
 */
public record ConsultationState(RequestedConsultation request, ConsultationStatus status, String assignedMemberId,
        MemberReview review, IssuedOpinion opinion, List<InformationExchange> information, boolean overdueFlagged,
        boolean deemedConsent, Closure closure, Refusal refusal, long lastSequence) {

    public ConsultationState {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        information = information == null ? List.of() : List.copyOf(information);
    }

}
