package vn.phoihop.cadreboard.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import vn.phoihop.regulation.DecidingAuthority;

/**
 * The final decision as recorded on the case: the cadre board's own, or the higher authority's after an upward
 * submission ({@code authorityName} then names it).
 */
public record Decision(DecisionOutcome outcome, DecidingAuthority authority, String authorityName,
        String decisionNumber, LocalDate effectiveDate, String justification, boolean contraryToOpinion,
        DecisionBasis basis, Instant decidedAt) {

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

}
