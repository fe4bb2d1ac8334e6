package vn.phoihop.audit.verification;

import java.util.Optional;

import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.Position;
import vn.phoihop.events.SubmittedUpward;
import vn.phoihop.regulation.ActionRules;
import vn.phoihop.regulation.DecidingAuthority;
import vn.phoihop.regulation.PositionTier;

/**
 * {@code deciding-authority}: the regulation names, per position tier, who decides: the cadre board, or a higher
 * authority to which the cadre board only submits. The tier is that of the position the action leads to, or else
 * the one it concerns, in the proposal as it stood. A case never sent for consultation names no position here.
 */
final class DecidingAuthorityCheck implements CaseCheck {

    @Override
    public void check(CaseFacts facts, Findings findings) {
        facts.rules().ifPresent(rules -> {
            facts.all(SubmittedUpward.class).forEach(submission -> authorityAt(facts, rules, submission, findings)
                .filter(authority -> authority != DecidingAuthority.HIGHER_AUTHORITY)
                .ifPresent(authority -> findings.add(CaseRules.DECIDING_AUTHORITY, submission, "submitted upward, "
                        + "but the regulation has the cadre board decide " + tierAt(facts, submission).orElseThrow()
                        + " positions for " + rules.kind())));
            facts.all(DecisionFinalised.class)
                .forEach(decision -> authorityAt(facts, rules, decision, findings)
                    .ifPresent(authority -> decided(facts, rules, decision, authority, findings)));
        });
    }

    private static void decided(CaseFacts facts, ActionRules rules, Recorded<DecisionFinalised> decision,
            DecidingAuthority authority, Findings findings) {
        String decidedBy = decision.event().getAuthority().name();
        if (!decidedBy.equals(authority.name())) {
            findings.add(CaseRules.DECIDING_AUTHORITY, decision, "decided by " + decidedBy + ", but the regulation "
                    + "has " + authority + " decide " + tierAt(facts, decision).orElseThrow() + " positions for "
                    + rules.kind());
        }
        else if (authority == DecidingAuthority.HIGHER_AUTHORITY
                && facts.before(SubmittedUpward.class, decision).isEmpty()) {
            findings.add(CaseRules.DECIDING_AUTHORITY, decision, "a higher authority's decision on a case that was "
                    + "never submitted upward");
        }
    }

    /** Who the regulation has decide at {@code at}; empty, after reporting it, when the proposal names no tier. */
    private static Optional<DecidingAuthority> authorityAt(CaseFacts facts, ActionRules rules, Recorded<?> at,
            Findings findings) {
        if (facts.requestBefore(at).isEmpty()) {
            return Optional.empty();
        }
        Optional<PositionTier> tier = tierAt(facts, at);
        if (tier.isEmpty()) {
            findings.add(CaseRules.DECIDING_AUTHORITY, at, "the proposal names no position tier the regulation "
                    + "knows, so who decides cannot be told");
        }
        return tier.map(rules::authorityFor);
    }

    private static Optional<PositionTier> tierAt(CaseFacts facts, Recorded<?> at) {
        return facts.requestBefore(at).map(Recorded::event).flatMap(DecidingAuthorityCheck::tierOf);
    }

    /** A tier the regulation model does not have (the schema's UNKNOWN, or a newer symbol) decides nothing here. */
    private static Optional<PositionTier> tierOf(ConsultationRequested request) {
        return CaseFacts.decisivePosition(request)
            .map(Position::getTier)
            .flatMap(tier -> {
                try {
                    return Optional.of(PositionTier.valueOf(tier.name()));
                }
                catch (IllegalArgumentException notInRegulation) {
                    return Optional.empty();
                }
            });
    }
}
