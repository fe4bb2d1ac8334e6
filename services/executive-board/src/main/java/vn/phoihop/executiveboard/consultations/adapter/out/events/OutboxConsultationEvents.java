package vn.phoihop.executiveboard.consultations.adapter.out.events;

import org.springframework.stereotype.Component;

import vn.phoihop.events.BallotTally;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.Meeting;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.executiveboard.consultations.application.ConsultationEvents;
import vn.phoihop.executiveboard.consultations.domain.IssuedOpinion;
import vn.phoihop.executiveboard.consultations.domain.OpinionIssued;
import vn.phoihop.messaging.Outbox;

/** Writes the executive board's opinions to the outbox; Debezium publishes them on its topic. */
@Component
class OutboxConsultationEvents implements ConsultationEvents {

    private final Outbox outbox;

    OutboxConsultationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(OpinionIssued event) {
        outbox.append(event.caseId().toString(), event.sequence(), event.regulationVersion(),
                envelope -> toAvro(envelope, event));
    }

    private static vn.phoihop.events.OpinionIssued toAvro(Envelope envelope, OpinionIssued event) {
        IssuedOpinion opinion = event.opinion();
        var meeting = opinion.meeting();
        var tally = meeting.tally();
        return vn.phoihop.events.OpinionIssued.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(event.caseId().toString())
            .setProposalVersion(opinion.proposalVersion())
            .setOutcome(OpinionOutcome.valueOf(opinion.outcome().name()))
            .setConditions(opinion.conditions())
            .setQuestions(opinion.questions())
            .setMeeting(Meeting.newBuilder()
                .setMeetingDate(meeting.date())
                .setMembersTotal(meeting.membersTotal())
                .setSummoned(meeting.summoned())
                .setPresent(meeting.present())
                .setRecused(meeting.recused())
                .setTally(new BallotTally(tally.agree(), tally.disagree(), tally.abstain(), tally.invalid()))
                .build())
            .setIssuedAt(opinion.issuedAt())
            .build();
    }

}
