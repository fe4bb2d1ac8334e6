package vn.phoihop.executiveboard.committee.domain;

/** A change of the roster that would leave it inconsistent; the rule names what was broken. */
public class RosterRefused extends RuntimeException {

    private final String rule;

    RosterRefused(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

}
