package vn.phoihop.cadreboard.cases.domain;

/** The case is decided, by the cadre board or by the higher authority it was submitted to. */
public record DecisionFinalised(Stamp stamp, Decision decision) implements CaseEvent {
}
