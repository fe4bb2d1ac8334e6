package vn.phoihop.executiveboard.consultations.domain;

/** Someone other than the member who follows the case's unit tried to record its review. */
public final class ReviewRefused extends RuleViolation {

    ReviewRefused(String rule, String message) {
        super(rule, message);
    }

}
