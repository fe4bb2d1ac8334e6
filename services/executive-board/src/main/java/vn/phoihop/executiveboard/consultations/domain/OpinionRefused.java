package vn.phoihop.executiveboard.consultations.domain;

/** An opinion the regulation does not allow: an invalid meeting, a missing review, unstated details. */
public final class OpinionRefused extends RuleViolation {

    OpinionRefused(String rule, String message) {
        super(rule, message);
    }

}
