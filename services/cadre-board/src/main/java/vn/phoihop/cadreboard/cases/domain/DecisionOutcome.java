package vn.phoihop.cadreboard.cases.domain;

public enum DecisionOutcome {
    APPROVED, REJECTED
}
