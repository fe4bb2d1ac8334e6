package vn.phoihop.executiveboard.consultations.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How the cadre board ended a case, as far as the executive board keeps it: {@code outcome} of a decision
 * (e.g. APPROVED), the number of its document, and a note (the reason of a withdrawal, the higher authority).
 */
public record Closure(ClosedBy by, LocalDate on, String outcome, String documentNumber, String note) {

    public Closure {
        Objects.requireNonNull(by, "by");
    }

    public static Closure withdrawal(LocalDate on, String reason) {
        return new Closure(ClosedBy.WITHDRAWAL, on, null, null, reason);
    }

    public static Closure decision(LocalDate effectiveDate, String outcome, String decisionNumber,
            String authorityName) {
        return new Closure(ClosedBy.DECISION, effectiveDate, outcome, decisionNumber, authorityName);
    }

    public static Closure upwardSubmission(LocalDate submittedOn, String submissionNumber, String authorityName) {
        return new Closure(ClosedBy.UPWARD_SUBMISSION, submittedOn, null, submissionNumber, authorityName);
    }

}
