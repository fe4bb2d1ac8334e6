package vn.phoihop.cadreboard.cases.application;

import java.util.Objects;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.Proposal;

public record AmendCase(CaseId caseId, Proposal proposal, String reason) {

    public AmendCase {
        Objects.requireNonNull(proposal, "proposal");
    }

}
