package vn.phoihop.audit.verification;

/** Where a case ended, or that it has not, as its history shows it. */
public enum CaseStatus {
    /** The cadre board approved the proposal. */
    DECIDED_APPROVED,
    /** The cadre board rejected the proposal. */
    DECIDED_REJECTED,
    /** Submitted to the higher authority, whose decision the history does not hold yet. */
    SUBMITTED_UPWARD,
    /** The higher authority decided after an upward submission; {@link CaseOutline#decision()} says how. */
    DECIDED_BY_HIGHER_AUTHORITY,
    WITHDRAWN,
    /** The executive board cannot run the consultation on the current version, and the case was not withdrawn. */
    REFUSED,
    /** Still in consultation or awaiting the cadre board's decision. */
    PENDING
}
