package vn.phoihop.cadreboard.cases.domain;

import java.util.Objects;

import vn.phoihop.regulation.RegulationKey;

/** What every event of a case carries: its place in the case's sequence, the proposal version and the regulation. */
public record Stamp(CaseId caseId, long sequence, int proposalVersion, RegulationKey regulation) {

    public Stamp {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(regulation, "regulation");
    }

}
