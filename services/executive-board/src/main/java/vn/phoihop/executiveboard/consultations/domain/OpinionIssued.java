package vn.phoihop.executiveboard.consultations.domain;

import java.util.UUID;

/** The Standing Committee concluded on a proposal version at a meeting that met the rules. */
public record OpinionIssued(UUID caseId, long sequence, String regulationVersion, IssuedOpinion opinion)
        implements ConsultationEvent {
}
