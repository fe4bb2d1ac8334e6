package vn.phoihop.cadreboard.cases.domain;

/** What the secretariat may do next on a case; {@link PersonnelCase#steps()} says which its state allows. */
public enum SecretariatStep {
    SUBMIT, AMEND, SUPPLY_INFORMATION, WITHDRAW, RECORD_DECISION_MEETING, DECIDE, SUBMIT_UPWARD,
    RECORD_HIGHER_DECISION
}
