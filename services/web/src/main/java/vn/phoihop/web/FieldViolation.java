package vn.phoihop.web;

/** One broken rule of a request, as it appears in the {@code errors} member of a Problem Details body. */
public record FieldViolation(String field, String rule, String message) {
}
