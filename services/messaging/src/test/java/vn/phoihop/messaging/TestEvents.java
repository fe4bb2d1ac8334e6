package vn.phoihop.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import vn.phoihop.events.ActionKind;
import vn.phoihop.events.BallotTally;
import vn.phoihop.events.Cadre;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.ConsultationStep;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.Meeting;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;

/** Real contract events with made-up content. */
final class TestEvents {

    static final String REGULATION_VERSION = "QD-test-v1";

    private TestEvents() {
    }

    static ConsultationRequested consultationRequested(Envelope envelope) {
        return ConsultationRequested.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(envelope.getCaseId())
            .setProposalVersion(1)
            .setActionKind(ActionKind.APPOINTMENT)
            .setSubject(Cadre.newBuilder().setCadreId("CB-TEST").setFullName("Test Cadre").build())
            .setRationale("test")
            .setRegulationId("QD-test")
            .setSteps(List.of(ConsultationStep.STANDING_COMMITTEE_OPINION))
            .setResponseDueDate(LocalDate.of(2027, 1, 15))
            .build();
    }

    /** An opinion as the other board would publish it. */
    static OpinionIssued opinionIssued(String producer, String caseId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Envelope envelope = Envelope.newBuilder()
            .setEventId(UUID.randomUUID().toString())
            .setCaseId(caseId)
            .setSequence(1)
            .setOccurredAt(now)
            .setProducer(producer)
            .setRegulationVersion(REGULATION_VERSION)
            .build();
        Meeting meeting = Meeting.newBuilder()
            .setMeetingDate(LocalDate.of(2026, 11, 20))
            .setMembersTotal(7)
            .setSummoned(7)
            .setPresent(6)
            .setRecused(0)
            .setTally(BallotTally.newBuilder().setAgree(5).setDisagree(1).setAbstain(0).setInvalid(0).build())
            .build();
        return OpinionIssued.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(caseId)
            .setProposalVersion(1)
            .setOutcome(OpinionOutcome.AGREE)
            .setMeeting(meeting)
            .setIssuedAt(now)
            .build();
    }

}
