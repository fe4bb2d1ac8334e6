package vn.phoihop.cadreboard.cases.application;

import java.util.Objects;

import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.regulation.RegulationKey;

/** @param regulation the regulation version to run under; null for the one in force today */
public record OpenCase(Proposal proposal, RegulationKey regulation) {

    public OpenCase {
        Objects.requireNonNull(proposal, "proposal");
    }

}
