package vn.phoihop.executiveboard.consultations.domain;

import java.util.UUID;

/** The board cannot run the consultation on a request; the cadre board shows why. */
public record ConsultationRefused(UUID caseId, long sequence, String regulationVersion, int proposalVersion,
        Refusal refusal, UUID requestEventId) implements ConsultationEvent {
}
