package vn.phoihop.executiveboard.consultations.domain;

/** Something the regulation or the protocol refuses: the rule of docs/protocol.md and a sentence with the numbers. */
public abstract sealed class RuleViolation extends RuntimeException
        permits ConsultationConflict, OpinionRefused, ReviewRefused {

    private final String rule;

    RuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

}
