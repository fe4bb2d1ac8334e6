package vn.phoihop.cadreboard.cases.domain;

/** The cadre board answered a request for information; the deadline restarts. */
public record InformationSupplied(Stamp stamp, SuppliedInformation information) implements CaseEvent {
}
