package vn.phoihop.cadreboard.cases.domain;

public record DecisionFinalised(CaseId caseId, long sequence, int proposalVersion, RegulationRef regulation,
        Decision decision) implements CaseEvent {
}
