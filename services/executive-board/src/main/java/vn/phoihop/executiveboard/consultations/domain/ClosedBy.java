package vn.phoihop.executiveboard.consultations.domain;

/** What ended a consultation on the cadre board's side. */
public enum ClosedBy {
    WITHDRAWAL, DECISION, UPWARD_SUBMISSION
}
