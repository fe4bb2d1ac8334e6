package vn.phoihop.cadreboard.cases.adapter.in.web;

import vn.phoihop.cadreboard.cases.domain.CaseStatus;
import vn.phoihop.cadreboard.cases.domain.Decision;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.cadreboard.cases.domain.ReceivedOpinion;

/** A case as the API shows it. */
record CaseView(String caseId, CaseStatus status, int proposalVersion, String regulationId, String regulationVersion,
        Proposal proposal, ReceivedOpinion opinion, Decision decision) {

    static CaseView of(PersonnelCase c) {
        return new CaseView(c.id().toString(), c.status(), c.proposalVersion(), c.regulation().id(),
                c.regulation().version(), c.proposal(), c.opinion().orElse(null), c.decision().orElse(null));
    }

}
