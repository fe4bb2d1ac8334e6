package vn.phoihop.executiveboard.committee.adapter.in.web;

/** How a member id or a unit code in a path is written, e.g. UV-01 or VU-TCCB. */
final class RosterIds {

    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

    static final String MESSAGE = "must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private RosterIds() {
    }

}
