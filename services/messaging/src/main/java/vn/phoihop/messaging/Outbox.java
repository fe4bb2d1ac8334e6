package vn.phoihop.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.events.Envelope;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.EventHash;

/**
 * Appends events to the outbox, in the caller's transaction, chained by hash to the producer's previous event.
 */
public class Outbox {

    private static final String AGGREGATE_TYPE = "case";

    private final JdbcClient jdbc;

    private final EventCodec codec;

    private final Traceparent traceparent;

    private final String producer;

    private final String topic;

    Outbox(JdbcClient jdbc, EventCodec codec, Traceparent traceparent, MessagingProperties properties) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.traceparent = traceparent;
        this.producer = properties.producer();
        this.topic = properties.outboundTopic();
    }

    /**
     * Builds the envelope, lets {@code event} build the event around it, and writes the outbox row; the relay
     * publishes it after the caller's transaction commits.
     * @param event builds the event from the envelope it is given and must carry that envelope
     * @return the event as written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <E extends SpecificRecord> E append(String caseId, long sequence, String regulationVersion,
            Function<Envelope, E> event) {
        String previousHash = lockStreamHead();
        Envelope envelope = Envelope.newBuilder()
            .setEventId(UUID.randomUUID().toString())
            .setCaseId(caseId)
            .setSequence(sequence)
            // the encoding keeps milliseconds; truncating here makes the returned event equal the published one
            .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
            .setProducer(this.producer)
            .setRegulationVersion(regulationVersion)
            .setPreviousEventHash(previousHash)
            .setTraceparent(this.traceparent.current())
            .setActor(ActingUser.current())
            .build();
        E built = event.apply(envelope);
        if (!envelope.equals(EventCodec.envelopeOf(built))) {
            throw new IllegalArgumentException("the event must carry the envelope it was given");
        }
        byte[] payload = this.codec.encode(built);
        advanceStreamHead(EventHash.of(payload));
        insert(envelope, built.getSchema().getName(), payload);
        return built;
    }

    private String lockStreamHead() {
        this.jdbc.sql("insert into event_stream (producer) values (?) on conflict do nothing")
            .param(this.producer)
            .update();
        return this.jdbc.sql("select last_hash from event_stream where producer = ? for update")
            .param(this.producer)
            .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
            .single()
            .orElse(null);
    }

    private void advanceStreamHead(String hash) {
        this.jdbc.sql("update event_stream set last_hash = ?, last_position = last_position + 1 where producer = ?")
            .params(hash, this.producer)
            .update();
    }

    private void insert(Envelope envelope, String eventType, byte[] payload) {
        new OutboxRow(UUID.fromString(envelope.getEventId()), AGGREGATE_TYPE, envelope.getCaseId(), eventType,
                this.topic, envelope.getSequence(), payload, headers(envelope, eventType))
            .insert(this.jdbc);
    }

    private static Map<String, String> headers(Envelope envelope, String eventType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(EventHeaders.EVENT_ID, envelope.getEventId());
        headers.put(EventHeaders.EVENT_TYPE, eventType);
        headers.put(EventHeaders.CASE_ID, envelope.getCaseId());
        headers.put(EventHeaders.SEQUENCE, Long.toString(envelope.getSequence()));
        headers.put(EventHeaders.PRODUCER, envelope.getProducer());
        headers.put(EventHeaders.OCCURRED_AT, envelope.getOccurredAt().toString());
        headers.put(EventHeaders.REGULATION_VERSION, envelope.getRegulationVersion());
        if (envelope.getTraceparent() != null) {
            headers.put(EventHeaders.TRACEPARENT, envelope.getTraceparent());
        }
        return headers;
    }

}
