package vn.phoihop.cadreboard.cases.domain;

/** One field of a command that breaks a rule: the field's path in the request, the rule, and why. */
public record FieldProblem(String field, String rule, String message) {
}
