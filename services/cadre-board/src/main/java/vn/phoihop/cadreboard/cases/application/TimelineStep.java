package vn.phoihop.cadreboard.cases.application;

import vn.phoihop.cadreboard.cases.domain.CaseState;

/** A kind of line in a case's history: a step of the cadre board, or an answer of the executive board. */
public enum TimelineStep {
    OPENED, AMENDED, SUBMITTED, INFORMATION_SUPPLIED, WITHDRAWN, FOUND_OVERDUE, DECISION_MEETING_RECORDED, DECIDED,
    SUBMITTED_UPWARD, HIGHER_DECISION_RECORDED, CONSULTATION_RECEIVED, MEMBER_REVIEWED, OPINION_ISSUED,
    CONSULTATION_REFUSED;

    public boolean byExecutiveBoard() {
        return switch (this) {
            case CONSULTATION_RECEIVED, MEMBER_REVIEWED, OPINION_ISSUED, CONSULTATION_REFUSED -> true;
            default -> false;
        };
    }

    /** What a board step led to, worth a word in the history: the decision's outcome, where a submission went. */
    String detailOf(CaseState after) {
        return switch (this) {
            case DECIDED, HIGHER_DECISION_RECORDED -> after.decision().outcome().name();
            case SUBMITTED, AMENDED -> after.status().name();
            default -> null;
        };
    }
}
