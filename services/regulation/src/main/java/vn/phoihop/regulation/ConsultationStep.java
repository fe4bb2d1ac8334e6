package vn.phoihop.regulation;

/** The executive board's steps before it answers: its assigned member reviews, then its Standing Committee decides. */
public enum ConsultationStep {
    ASSIGNED_MEMBER_REVIEW, STANDING_COMMITTEE_OPINION
}
