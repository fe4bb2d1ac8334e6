package vn.phoihop.executiveboard.committee.adapter.in.web;

import java.util.regex.Pattern;

/**
 * A member id or a unit code in a path, e.g. UV-01 or VU-TCCB. Checked by hand rather than by a constraint on the
 * path variable, which would turn the body's field errors into one unspecific method validation failure.
 */
final class RosterIds {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private RosterIds() {
    }

    static String require(String field, String value) {
        if (!CODE.matcher(value).matches()) {
            throw new InvalidRosterId(field);
        }
        return value;
    }

    /** A path that names no member or unit as the roster writes them. */
    static final class InvalidRosterId extends RuntimeException {

        private final String field;

        InvalidRosterId(String field) {
            super(field + " must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit");
            this.field = field;
        }

        String field() {
            return field;
        }

    }

}
