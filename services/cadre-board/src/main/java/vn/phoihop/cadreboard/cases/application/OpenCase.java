package vn.phoihop.cadreboard.cases.application;

import java.util.Objects;

import vn.phoihop.cadreboard.cases.domain.Proposal;

public record OpenCase(Proposal proposal) {

    public OpenCase {
        Objects.requireNonNull(proposal, "proposal");
    }

}
