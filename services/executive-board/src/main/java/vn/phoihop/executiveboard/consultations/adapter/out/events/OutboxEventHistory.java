package vn.phoihop.executiveboard.consultations.adapter.out.events;

import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.events.Envelope;
import vn.phoihop.events.EventCodec;
import vn.phoihop.executiveboard.consultations.application.EventHistory;
import vn.phoihop.executiveboard.consultations.application.PublishedEvent;

/**
 * Reads a case's events back from the outbox, which keeps every event the board emitted (see the messaging
 * module); the acting user is only in the encoded envelope, so each payload is decoded.
 */
@Component
class OutboxEventHistory implements EventHistory {

    private final JdbcClient jdbc;

    private final EventCodec codec;

    OutboxEventHistory(JdbcClient jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    @Override
    public List<PublishedEvent> of(UUID caseId) {
        return jdbc.sql("SELECT payload FROM outbox WHERE aggregate_id = ? ORDER BY sequence")
            .param(caseId.toString())
            .query((row, number) -> published(codec.decode(row.getBytes("payload"))))
            .list();
    }

    private static PublishedEvent published(SpecificRecord event) {
        Envelope envelope = EventCodec.envelopeOf(event);
        return new PublishedEvent(event.getSchema().getName(), envelope.getSequence(), envelope.getOccurredAt(),
                envelope.getActor());
    }

}
