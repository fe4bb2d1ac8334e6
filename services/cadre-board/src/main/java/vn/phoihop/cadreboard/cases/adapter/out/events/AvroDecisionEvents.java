package vn.phoihop.cadreboard.cases.adapter.out.events;

import static vn.phoihop.cadreboard.cases.adapter.out.events.AvroCaseEvents.symbol;
import static vn.phoihop.cadreboard.cases.adapter.out.events.AvroCaseEvents.text;

import vn.phoihop.cadreboard.cases.domain.Decision;
import vn.phoihop.cadreboard.cases.domain.DecisionBasis;
import vn.phoihop.cadreboard.cases.domain.MeetingVote;
import vn.phoihop.cadreboard.cases.domain.UpwardSubmission;
import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.DecisionMeetingRecorded;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.SubmittedUpward;

/** The events of deciding: the board's meeting, the upward submission, the final decision. */
final class AvroDecisionEvents {

    private AvroDecisionEvents() {
    }

    static DecisionMeetingRecorded meetingRecorded(Envelope envelope,
            vn.phoihop.cadreboard.cases.domain.DecisionMeetingRecorded recorded) {
        MeetingVote vote = recorded.vote();
        return DecisionMeetingRecorded.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(envelope.getCaseId())
            .setProposalVersion(recorded.proposalVersion())
            .setMeetingDate(vote.meetingDate())
            .setMembersTotal(vote.membersTotal())
            .setPresent(vote.present())
            .setInFavour(vote.inFavour())
            .setAgainst(vote.against())
            .setAbstain(vote.abstain())
            .build();
    }

    static SubmittedUpward submittedUpward(Envelope envelope,
            vn.phoihop.cadreboard.cases.domain.SubmittedUpward submitted) {
        UpwardSubmission submission = submitted.submission();
        DecisionBasis basis = submitted.basis();
        return SubmittedUpward.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(envelope.getCaseId())
            .setProposalVersion(submitted.proposalVersion())
            .setAuthorityName(submission.authorityName())
            .setSubmissionNumber(submission.submissionNumber())
            .setSubmittedOn(submission.submittedOn())
            .setOpinionEventId(text(basis.opinionEventId()))
            .setOverdueEventId(text(basis.overdueEventId()))
            .setDecisionMeetingEventId(text(basis.decisionMeetingEventId()))
            .build();
    }

    static DecisionFinalised finalised(Envelope envelope,
            vn.phoihop.cadreboard.cases.domain.DecisionFinalised finalised) {
        Decision decision = finalised.decision();
        DecisionBasis basis = decision.basis();
        return DecisionFinalised.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(envelope.getCaseId())
            .setProposalVersion(finalised.proposalVersion())
            .setOutcome(symbol(decision.outcome(), DecisionOutcome.class))
            .setAuthority(symbol(decision.authority(), DecidingAuthority.class))
            .setAuthorityName(decision.authorityName())
            .setDecisionNumber(decision.decisionNumber())
            .setEffectiveDate(decision.effectiveDate())
            .setOpinionEventId(text(basis.opinionEventId()))
            .setOverdueEventId(text(basis.overdueEventId()))
            .setDecisionMeetingEventId(text(basis.decisionMeetingEventId()))
            .setContraryToOpinion(decision.contraryToOpinion())
            .setJustification(decision.justification())
            .setDecidedAt(decision.decidedAt())
            .build();
    }

}
