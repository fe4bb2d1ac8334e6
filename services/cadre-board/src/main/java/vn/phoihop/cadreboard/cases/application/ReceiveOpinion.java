package vn.phoihop.cadreboard.cases.application;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.ReceivedOpinion;

public record ReceiveOpinion(CaseId caseId, ReceivedOpinion opinion) {
}
