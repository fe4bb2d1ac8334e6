package vn.phoihop.local.demo;

/** What happens to a case of the replayed term besides review, opinion and decision; each has a fixed count. */
enum Story {
    /** Reviewed, agreed, decided. */
    ROUTINE,
    /** Agreed with conditions; the secretariat amends the proposal to meet them and consults again on v2. */
    AMENDED_AFTER_CONDITIONS,
    /** Amended while the executive board still deliberates; consulted again on v2. */
    AMENDED_BEFORE_OPINION,
    /** The Standing Committee asks questions, the secretariat answers, then the opinion. */
    INFORMATION_REQUESTED,
    /** The Standing Committee disagrees; the cadre board approves with a written justification. */
    CONTRARY_DECISION,
    /** No answer before the due date of a reappointment: silence is consent, the case is decided. */
    DEEMED_CONSENT,
    /** No answer before the due date of an appointment: silence means nothing, the case waits. */
    LEFT_UNANSWERED,
    /** Withdrawn after the opinion. */
    WITHDRAWN_AFTER_OPINION,
    /** Withdrawn while the executive board deliberates. */
    WITHDRAWN_BEFORE_OPINION,
    /** Opinion received at the end of the term, not yet decided. */
    UNDECIDED,
    /** A Standing Committee member is the subject of the case and recuses himself. */
    SUBJECT_RECUSED,
    /** A Standing Committee member declares a conflict of interest and recuses herself. */
    CONFLICT_DECLARED;

    boolean amended() {
        return this == AMENDED_AFTER_CONDITIONS || this == AMENDED_BEFORE_OPINION;
    }

    boolean withdrawn() {
        return this == WITHDRAWN_AFTER_OPINION || this == WITHDRAWN_BEFORE_OPINION;
    }
}
