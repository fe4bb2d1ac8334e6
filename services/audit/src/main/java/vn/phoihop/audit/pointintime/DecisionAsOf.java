package vn.phoihop.audit.pointintime;

import java.time.Instant;
import java.time.LocalDate;

import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.DecisionOutcome;

/**
 * The final decision: the cadre board's, or the higher authority's after an upward submission.
 *
 * @param opinionEventId the opinion it rests on; null when it rests on deemed consent or none was required
 */
public record DecisionAsOf(String eventId, int proposalVersion, DecisionOutcome outcome, DecidingAuthority authority,
        String authorityName, String decisionNumber, LocalDate effectiveDate, Instant decidedAt,
        String opinionEventId, boolean contraryToOpinion, String justification) {

    static DecisionAsOf of(DecisionFinalised decision) {
        return new DecisionAsOf(decision.getEnvelope().getEventId(), decision.getProposalVersion(),
                decision.getOutcome(), decision.getAuthority(), decision.getAuthorityName(),
                decision.getDecisionNumber(), decision.getEffectiveDate(), decision.getDecidedAt(),
                decision.getOpinionEventId(), decision.getContraryToOpinion(), decision.getJustification());
    }
}
