package vn.phoihop.executiveboard.consultations.adapter.out.events;

import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.phoihop.executiveboard.consultations.application.ConsultationEvents;
import vn.phoihop.executiveboard.consultations.domain.ConsultationEvent;
import vn.phoihop.executiveboard.consultations.domain.ConsultationReceived;
import vn.phoihop.executiveboard.consultations.domain.ConsultationRefused;
import vn.phoihop.executiveboard.consultations.domain.MemberReviewRecorded;
import vn.phoihop.executiveboard.consultations.domain.OpinionIssued;
import vn.phoihop.messaging.Outbox;

/** Writes the executive board's events to the outbox; Debezium publishes them on its topic. */
@Component
class OutboxConsultationEvents implements ConsultationEvents {

    private final Outbox outbox;

    OutboxConsultationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public UUID publish(ConsultationEvent event) {
        return outbox.append(event.caseId().toString(), event.sequence(), event.regulationVersion(),
                envelope -> switch (event) {
                    case ConsultationReceived received -> AvroConsultationEvents.received(envelope, received);
                    case ConsultationRefused refused -> AvroConsultationEvents.refused(envelope, refused);
                    case MemberReviewRecorded reviewed -> AvroConsultationEvents.reviewed(envelope, reviewed);
                    case OpinionIssued issued -> AvroConsultationEvents.opinion(envelope, issued);
                })
            .eventId();
    }

}
