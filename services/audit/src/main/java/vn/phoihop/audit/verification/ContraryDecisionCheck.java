package vn.phoihop.audit.verification;

import java.util.Optional;

import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;

/**
 * {@code contrary-justified}: the cadre board "respects and listens to" the Standing Committee's opinion; it may
 * decide otherwise only in writing, and every decision says whether it departs from the opinion it rests on. An
 * agreement (with or without conditions) supports approving, a disagreement rejecting. A decision on silence or
 * without consultation departs from nothing. The higher authority's decision is flagged the same way but is not
 * the cadre board's to justify.
 */
final class ContraryDecisionCheck implements CaseCheck {

    @Override
    public void check(CaseFacts facts, Findings findings) {
        for (Recorded<DecisionFinalised> decision : facts.all(DecisionFinalised.class)) {
            DecisionFinalised decided = decision.event();
            Optional<OpinionOutcome> opinion = Optional.ofNullable(decided.getOpinionEventId())
                .flatMap(facts::find)
                .flatMap(found -> found.as(OpinionIssued.class))
                .map(found -> found.event().getOutcome());
            if (opinion.isPresent() && !decisive(opinion.get())) {
                continue;
            }
            boolean contrary = opinion.map(outcome -> !supports(outcome, decided.getOutcome())).orElse(false);
            String against = opinion.map(outcome -> " on the opinion " + outcome).orElse(" without an opinion");
            if (decided.getContraryToOpinion() != contrary) {
                findings.add(CaseRules.CONTRARY_JUSTIFIED, decision, decided.getOutcome() + against
                        + " is flagged contraryToOpinion = " + decided.getContraryToOpinion());
            }
            boolean justified = decided.getJustification() != null && !decided.getJustification().isBlank();
            if (contrary && !justified && decided.getAuthority() != DecidingAuthority.HIGHER_AUTHORITY) {
                findings.add(CaseRules.CONTRARY_JUSTIFIED, decision, decided.getOutcome() + against
                        + " carries no written justification");
            }
        }
    }

    /** A request for information, or an outcome this reader does not know, is no opinion to follow or depart from. */
    private static boolean decisive(OpinionOutcome outcome) {
        return outcome != OpinionOutcome.REQUEST_INFORMATION && outcome != OpinionOutcome.UNKNOWN;
    }

    private static boolean supports(OpinionOutcome opinion, DecisionOutcome decision) {
        return opinion == OpinionOutcome.DISAGREE ? decision == DecisionOutcome.REJECTED
                : decision == DecisionOutcome.APPROVED;
    }
}
