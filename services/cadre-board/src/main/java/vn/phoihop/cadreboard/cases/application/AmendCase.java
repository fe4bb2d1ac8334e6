package vn.phoihop.cadreboard.cases.application;

import java.time.LocalDate;
import java.util.Objects;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.Proposal;

/** @param requestDate date of the amended request document; null for today */
public record AmendCase(CaseId caseId, Proposal proposal, String reason, LocalDate requestDate) {

    public AmendCase {
        Objects.requireNonNull(proposal, "proposal");
    }

}
