package vn.phoihop.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.phoihop.events.Envelope;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.EventHash;

/**
 * Appends events to the outbox, in the caller's transaction, chained by hash to the producer's previous event.
 * <p>
 * The chain makes every commit of a producer that writes an event wait for the one before: the head of the chain is
 * one row, locked until commit. So the events are chained and written just before the transaction commits, after
 * all of the caller's own work: the lock is held only while the outbox rows are inserted, the head advanced and the
 * transaction committed, whatever the caller does before.
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
     * Builds the envelope and lets {@code event} build the event around it when the caller's transaction commits;
     * the relay publishes it after that.
     * @param event builds the event from the envelope it is given and must carry that envelope, or the transaction
     *     fails to commit
     * @return the event's id now, and the event once written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <E extends SpecificRecord> AppendedEvent<E> append(String caseId, long sequence, String regulationVersion,
            Function<Envelope, E> event) {
        Envelope.Builder envelope = Envelope.newBuilder()
            .setEventId(UUID.randomUUID().toString())
            .setCaseId(caseId)
            .setSequence(sequence)
            // the encoding keeps milliseconds; truncating here makes the returned event equal the published one
            .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
            .setProducer(this.producer)
            .setRegulationVersion(regulationVersion)
            .setTraceparent(this.traceparent.current())
            .setActor(ActingUser.current());
        Pending<E> pending = new Pending<>(envelope, event, new AppendedEvent<>(UUID.fromString(envelope.getEventId())));
        pendingInTransaction().add(pending);
        return pending.appended();
    }

    private List<Pending<?>> pendingInTransaction() {
        @SuppressWarnings("unchecked")
        List<Pending<?>> pending = (List<Pending<?>>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<Pending<?>> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

                @Override
                public void beforeCommit(boolean readOnly) {
                    write(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResource(Outbox.this);
                }

            });
            return created;
        }
        return pending;
    }

    private void write(List<Pending<?>> pending) {
        String previousHash = lockStreamHead();
        for (Pending<?> event : pending) {
            previousHash = write(event, previousHash);
        }
        advanceStreamHead(previousHash, pending.size());
    }

    private <E extends SpecificRecord> String write(Pending<E> pending, String previousHash) {
        Envelope envelope = pending.envelope().setPreviousEventHash(previousHash).build();
        E built = pending.event().apply(envelope);
        if (!envelope.equals(EventCodec.envelopeOf(built))) {
            throw new IllegalArgumentException("the event must carry the envelope it was given");
        }
        byte[] payload = this.codec.encode(built);
        insert(envelope, built.getSchema().getName(), payload);
        pending.appended().written(built);
        return EventHash.of(payload);
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

    private void advanceStreamHead(String hash, int events) {
        this.jdbc.sql("update event_stream set last_hash = ?, last_position = last_position + ? where producer = ?")
            .params(hash, events, this.producer)
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

    private record Pending<E extends SpecificRecord>(Envelope.Builder envelope, Function<Envelope, E> event,
            AppendedEvent<E> appended) {
    }

}
