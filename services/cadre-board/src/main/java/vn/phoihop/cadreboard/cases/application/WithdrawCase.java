package vn.phoihop.cadreboard.cases.application;

import vn.phoihop.cadreboard.cases.domain.CaseId;

public record WithdrawCase(CaseId caseId, String reason) {
}
