package vn.phoihop.cadreboard.cases.application;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.HigherDecision;

public record RecordHigherDecision(CaseId caseId, HigherDecision decision) {
}
