package vn.phoihop.executiveboard.consultations.adapter.out.events;

import java.util.Objects;

import vn.phoihop.events.BallotTally;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.Recusal;
import vn.phoihop.events.RecusalReason;
import vn.phoihop.events.ConsultationReceived;
import vn.phoihop.events.ConsultationRefused;
import vn.phoihop.events.Meeting;
import vn.phoihop.events.MemberReviewRecorded;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.executiveboard.consultations.domain.IssuedOpinion;
import vn.phoihop.executiveboard.consultations.domain.MemberReview;

/** Domain events to their Avro contract. The only place where the executive board's model meets the schemas. */
final class AvroConsultationEvents {

    private AvroConsultationEvents() {
    }

    static ConsultationReceived received(Envelope envelope,
            vn.phoihop.executiveboard.consultations.domain.ConsultationReceived received) {
        return ConsultationReceived.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(received.caseId().toString())
            .setProposalVersion(received.proposalVersion())
            .setAssignedMemberId(received.assignedMemberId())
            .setUnitCode(received.unitCode())
            .setDueDate(received.dueDate())
            .setRequestEventId(received.requestEventId().toString())
            .build();
    }

    static ConsultationRefused refused(Envelope envelope,
            vn.phoihop.executiveboard.consultations.domain.ConsultationRefused refused) {
        return ConsultationRefused.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(refused.caseId().toString())
            .setProposalVersion(refused.proposalVersion())
            .setRule(refused.refusal().rule())
            .setReason(refused.refusal().reason())
            .setRequestEventId(refused.requestEventId().toString())
            .build();
    }

    static MemberReviewRecorded reviewed(Envelope envelope,
            vn.phoihop.executiveboard.consultations.domain.MemberReviewRecorded recorded) {
        MemberReview review = recorded.review();
        return MemberReviewRecorded.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(recorded.caseId().toString())
            .setProposalVersion(review.proposalVersion())
            .setMemberId(review.memberId())
            .setRecommendation(OpinionOutcome.valueOf(review.recommendation().name()))
            .setNote(review.note())
            .setReviewedOn(review.reviewedOn())
            .build();
    }

    static OpinionIssued opinion(Envelope envelope,
            vn.phoihop.executiveboard.consultations.domain.OpinionIssued issued) {
        IssuedOpinion opinion = issued.opinion();
        return OpinionIssued.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(issued.caseId().toString())
            .setProposalVersion(opinion.proposalVersion())
            .setOutcome(OpinionOutcome.valueOf(opinion.outcome().name()))
            .setConditions(opinion.conditions())
            .setQuestions(opinion.questions())
            .setMeeting(meeting(opinion.meeting()))
            .setIssuedAt(opinion.issuedAt())
            .setReviewEventId(Objects.toString(opinion.reviewEventId(), null))
            .setLate(opinion.late())
            .build();
    }

    private static Meeting meeting(vn.phoihop.executiveboard.consultations.domain.Meeting meeting) {
        var tally = meeting.tally();
        return Meeting.newBuilder()
            .setMeetingDate(meeting.date())
            .setMembersTotal(meeting.membersTotal())
            .setSummoned(meeting.summoned())
            .setPresent(meeting.present())
            .setRecused(meeting.recused())
            .setTally(new BallotTally(tally.agree(), tally.disagree(), tally.abstain(), tally.invalid()))
            .setSummonedMemberIds(meeting.summonedMemberIds())
            .setPresentMemberIds(meeting.presentMemberIds())
            .setRecusals(meeting.recusals()
                .stream()
                .map(recusal -> new Recusal(recusal.memberId(), RecusalReason.valueOf(recusal.reason().name())))
                .toList())
            .build();
    }

}
