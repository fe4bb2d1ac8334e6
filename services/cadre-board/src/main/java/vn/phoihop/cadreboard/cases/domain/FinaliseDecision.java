package vn.phoihop.cadreboard.cases.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The secretariat's record of the board's own decision on a case. */
public record FinaliseDecision(DecisionOutcome outcome, String decisionNumber, LocalDate effectiveDate,
        String justification) {

    public FinaliseDecision {
        Objects.requireNonNull(outcome, "outcome");
    }

    public FinaliseDecision withJustification(String text) {
        return new FinaliseDecision(outcome, decisionNumber, effectiveDate, text);
    }

    boolean justified() {
        return justification != null && !justification.isBlank();
    }

}
