package vn.phoihop.cadreboard.cases.domain;

import java.time.LocalDate;

public record ConsultationRequested(CaseId caseId, long sequence, int proposalVersion, Proposal proposal,
        RegulationRef regulation, LocalDate responseDueDate) implements CaseEvent {
}
