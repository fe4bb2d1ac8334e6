package vn.phoihop.cadreboard.cases.domain;

import java.util.List;

/**
 * A command the regulation refuses. The rule names what was broken (the rules of docs/protocol.md), the message
 * says it with the numbers and ids, never with names of people.
 */
public abstract sealed class RuleViolation extends RuntimeException
        permits RuleViolation.StateConflict, RuleViolation.Unjustified, RuleViolation.InvalidFields {

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

    /** Fields of the command break rules, all listed at once so they can be fixed together (maps to HTTP 400). */
    public static final class InvalidFields extends RuleViolation {

        private final List<FieldProblem> problems;

        InvalidFields(String rule, List<FieldProblem> problems) {
            super(rule, "The request breaks " + problems.size() + " rule(s) of " + rule + ": " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<FieldProblem> problems() {
            return problems;
        }

    }

}
