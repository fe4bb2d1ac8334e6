package vn.phoihop.testing.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.phoihop.events.ConsultationReceived;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.Meeting;
import vn.phoihop.events.MemberReviewRecorded;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;

/** The executive board's events of a cycle, with every field set as the board's own adapter sets it. */
final class ExecutiveBoardEvents {

    private ExecutiveBoardEvents() {
    }

    static ConsultationReceived received(Envelope envelope, String assignedMemberId, String unitCode,
            LocalDate dueDate, String requestEventId) {
        return ConsultationReceived.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(envelope.getCaseId())
            .setProposalVersion(ConsultationCycle.PROPOSAL_VERSION)
            .setAssignedMemberId(assignedMemberId)
            .setUnitCode(unitCode)
            .setDueDate(dueDate)
            .setRequestEventId(requestEventId)
            .build();
    }

    static MemberReviewRecorded agreeingReview(Envelope envelope, String memberId, String note,
            LocalDate reviewedOn) {
        return MemberReviewRecorded.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(envelope.getCaseId())
            .setProposalVersion(ConsultationCycle.PROPOSAL_VERSION)
            .setMemberId(memberId)
            .setRecommendation(OpinionOutcome.AGREE)
            .setNote(note)
            .setReviewedOn(reviewedOn)
            .build();
    }

    /** Late, as the board sets it, when the meeting was held after the due date. */
    static OpinionIssued agreement(Envelope envelope, Meeting meeting, Instant issuedAt, String reviewEventId,
            LocalDate dueDate) {
        return OpinionIssued.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(envelope.getCaseId())
            .setProposalVersion(ConsultationCycle.PROPOSAL_VERSION)
            .setOutcome(OpinionOutcome.AGREE)
            .setConditions(null)
            .setQuestions(List.of())
            .setMeeting(meeting)
            .setIssuedAt(issuedAt)
            .setReviewEventId(reviewEventId)
            .setLate(meeting.getMeetingDate().isAfter(dueDate))
            .build();
    }
}
