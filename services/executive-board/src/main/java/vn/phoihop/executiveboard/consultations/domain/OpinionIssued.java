package vn.phoihop.executiveboard.consultations.domain;

import java.util.UUID;

/** The event the executive board publishes when its Standing Committee concludes. */
public record OpinionIssued(UUID caseId, long sequence, String regulationVersion, IssuedOpinion opinion) {
}
