package vn.phoihop.cadreboard.cases.domain;

/** The Standing Committee's conclusion as the cadre board receives it. */
public enum OpinionOutcome {
    AGREE, AGREE_WITH_CONDITIONS, DISAGREE, REQUEST_INFORMATION;

    /** A request for information is not an opinion one may decide on; it asks for another round. */
    boolean allowsDecision() {
        return this != REQUEST_INFORMATION;
    }

    /** Whether deciding {@code decision} follows this opinion; anything else is a contrary decision. */
    boolean supports(DecisionOutcome decision) {
        return switch (this) {
            case AGREE, AGREE_WITH_CONDITIONS -> decision == DecisionOutcome.APPROVED;
            case DISAGREE -> decision == DecisionOutcome.REJECTED;
            case REQUEST_INFORMATION -> false;
        };
    }
}
