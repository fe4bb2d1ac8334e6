package vn.phoihop.cadreboard.cases.application;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.UpwardSubmission;

public record SubmitCaseUpward(CaseId caseId, UpwardSubmission submission) {
}
