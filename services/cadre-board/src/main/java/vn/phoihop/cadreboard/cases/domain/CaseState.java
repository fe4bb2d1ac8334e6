package vn.phoihop.cadreboard.cases.domain;

import java.util.Objects;

/**
 * Everything a case holds besides its id and regulation, as one value: what the repository stores and the API
 * shows. Rebuilding a case from it runs no rule, since the state was reached through the rules.
 * @param upwardBasis what the upward submission rested on; the higher authority's decision refers to it
 */
public record CaseState(Proposal proposal, int proposalVersion, CaseStatus status, long lastSequence,
        ConsultationRecord consultation, DecisionMeeting decisionMeeting, UpwardSubmission upwardSubmission,
        DecisionBasis upwardBasis, Decision decision, Withdrawal withdrawal) {

    public CaseState {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(status, "status");
        consultation = consultation == null ? ConsultationRecord.none() : consultation;
    }

    static CaseState draft(Proposal proposal) {
        return new CaseState(proposal, 1, CaseStatus.DRAFT, 0, ConsultationRecord.none(), null, null, null, null,
                null);
    }

}
