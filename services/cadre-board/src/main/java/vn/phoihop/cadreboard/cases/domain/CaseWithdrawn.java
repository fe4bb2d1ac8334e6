package vn.phoihop.cadreboard.cases.domain;

/** The cadre board withdrew a case that had already left it; the consultation ends. */
public record CaseWithdrawn(Stamp stamp, Withdrawal withdrawal) implements CaseEvent {
}
