package vn.phoihop.cadreboard.cases.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The higher authority's decision on a case the board submitted upward, as the secretariat records it;
 * {@code authorityName} null when it is the authority the case was submitted to.
 */
public record HigherDecision(DecisionOutcome outcome, String decisionNumber, LocalDate effectiveDate,
        String authorityName) {

    public HigherDecision {
        Objects.requireNonNull(outcome, "outcome");
    }

}
