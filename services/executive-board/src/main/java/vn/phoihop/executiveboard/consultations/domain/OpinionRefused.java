package vn.phoihop.executiveboard.consultations.domain;

/** An opinion the regulation does not allow to be issued; the message carries the rule and the numbers. */
public class OpinionRefused extends RuntimeException {

    private final String rule;

    OpinionRefused(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

}
