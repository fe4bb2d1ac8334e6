package vn.phoihop.cadreboard.cases.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Dates the secretariat states for what already happened (a request document, answers sent, a meeting, a
 * submission): they may lie in the past, never after the board's today. Checked against the board's clock, which
 * the web layer's validation does not know.
 */
final class CommandDates {

    static final String RULE = "date-not-in-future";

    private CommandDates() {
    }

    static void requireNotInFuture(String field, LocalDate date, LocalDate today) {
        Objects.requireNonNull(date, field);
        if (date.isAfter(today)) {
            throw new RuleViolation.InvalidFields(RULE, List.of(new FieldProblem(field, "not-in-future",
                    date + " is after today, " + today)));
        }
    }

}
