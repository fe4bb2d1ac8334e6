package vn.phoihop.cadreboard.cases.application;

import vn.phoihop.cadreboard.cases.domain.CaseId;

/** Published inside the transaction that changed the case; listeners after its commit tell the open pages. */
public record CaseChanged(CaseId caseId) {
}
