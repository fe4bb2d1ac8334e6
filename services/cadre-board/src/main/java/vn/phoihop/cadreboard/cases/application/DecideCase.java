package vn.phoihop.cadreboard.cases.application;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.FinaliseDecision;

public record DecideCase(CaseId caseId, FinaliseDecision decision) {
}
