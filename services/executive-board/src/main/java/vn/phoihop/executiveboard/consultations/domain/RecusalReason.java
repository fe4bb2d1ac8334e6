package vn.phoihop.executiveboard.consultations.domain;

/** Why a member present at a meeting did not vote on a case. */
public enum RecusalReason {
    SUBJECT_OF_CASE, DECLARED_CONFLICT
}
