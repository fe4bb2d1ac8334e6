package vn.phoihop.cadreboard.cases.domain;

/** Invariant 1 of the brief: no decision without the opinion issued for the same proposal version. */
public final class OpinionMissing extends RuleViolation.StateConflict {

    static final String RULE = "opinion-before-decision";

    private final int proposalVersion;

    OpinionMissing(CaseId caseId, int proposalVersion, String why) {
        super(RULE, "Case " + caseId + " cannot be decided or submitted upward: the Standing Committee's opinion on "
                + "proposal version " + proposalVersion + " " + why + ".");
        this.proposalVersion = proposalVersion;
    }

    public int proposalVersion() {
        return proposalVersion;
    }

}
