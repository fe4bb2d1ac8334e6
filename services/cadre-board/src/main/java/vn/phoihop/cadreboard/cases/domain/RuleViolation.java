package vn.phoihop.cadreboard.cases.domain;

/** A command the regulation refuses. The rule names what was broken, the message says it with the numbers. */
public abstract sealed class RuleViolation extends RuntimeException
        permits RuleViolation.StateConflict, RuleViolation.Unjustified {

    private final String rule;

    RuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    /** The case is not in a state where the command makes sense (maps to HTTP 409). */
    public static non-sealed class StateConflict extends RuleViolation {

        StateConflict(String rule, String message) {
            super(rule, message);
        }

    }

    /** The command is possible but lacks something the regulation demands of it (maps to HTTP 422). */
    public static final class Unjustified extends RuleViolation {

        Unjustified(String rule, String message) {
            super(rule, message);
        }

    }

}
