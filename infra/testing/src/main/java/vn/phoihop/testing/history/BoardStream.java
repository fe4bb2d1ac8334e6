package vn.phoihop.testing.history;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.CheckpointStatement;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.EventHash;
import vn.phoihop.events.Topics;

/**
 * One board's outbox and relay: numbers its events into one hash chain, publishes each on the board's topic with
 * the relay's headers, and signs a checkpoint of the chain every so many events and at the end.
 */
final class BoardStream {

    private final String producer;
    private final String topic;
    private final SigningKey key;
    private final int checkpointEvery;
    private final EventCodec codec;
    private final RandomGenerator random;
    private long position;
    private String lastHash;
    private long checkpointedPosition;
    private Instant lastOccurredAt = Instant.EPOCH;
    private Instant lastPublishedAt = Instant.EPOCH;

    BoardStream(String producer, String topic, SigningKey key, int checkpointEvery, EventCodec codec,
            RandomGenerator random) {
        this.producer = producer;
        this.topic = topic;
        this.key = key;
        this.checkpointEvery = checkpointEvery;
        this.codec = codec;
        this.random = random;
    }

    /** Takes the cycle's next step as this board, and publishes the event and any checkpoint now due. */
    void append(ConsultationCycle cycle, Consumer<TermRecord> publish) {
        // the outbox stamps each event after the one before, even when two cases move in the same millisecond
        Instant occurredAt = cycle.nextAt().isAfter(lastOccurredAt) ? cycle.nextAt() : lastOccurredAt.plusMillis(1);
        SpecificRecord event = cycle.take(occurredAt, lastHash);
        byte[] bytes = codec.encode(event);
        lastHash = EventHash.of(bytes);
        position++;
        lastOccurredAt = occurredAt;
        // the relay's delay, in commit order
        Instant relayed = occurredAt.plusMillis(15 + random.nextInt(60));
        lastPublishedAt = relayed.isAfter(lastPublishedAt) ? relayed : lastPublishedAt;
        publish.accept(new TermRecord(topic, cycle.caseId(), bytes, lastPublishedAt,
                headers(EventCodec.envelopeOf(event), event.getSchema().getName())));
        if (position % checkpointEvery == 0) {
            publish.accept(checkpoint());
        }
    }

    /** The last checkpoint, covering the whole stream, unless the last event was just checkpointed. */
    void close(Consumer<TermRecord> publish) {
        if (position > checkpointedPosition) {
            publish.accept(checkpoint());
        }
    }

    /** Signed and published as {@code StreamCheckpoints} does, with the headers it gives a checkpoint. */
    private TermRecord checkpoint() {
        Instant signedAt = lastPublishedAt.plusMillis(1 + random.nextInt(1_000));
        Checkpoint checkpoint = CheckpointStatement.sign(ConsultationCycle.uuid(random), producer, position,
                lastHash, signedAt, key.keyId(), key.privateKey());
        checkpointedPosition = position;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("eventId", checkpoint.getCheckpointId());
        headers.put("eventType", checkpoint.getSchema().getName());
        headers.put("producer", producer);
        return new TermRecord(Topics.checkpointsOf(producer), producer, codec.encode(checkpoint), signedAt,
                Collections.unmodifiableMap(headers));
    }

    /** The headers the outbox gives an event, copied from its envelope (names of messaging's {@code EventHeaders}). */
    private static Map<String, String> headers(Envelope envelope, String eventType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("eventId", envelope.getEventId());
        headers.put("eventType", eventType);
        headers.put("caseId", envelope.getCaseId());
        headers.put("sequence", Long.toString(envelope.getSequence()));
        headers.put("producer", envelope.getProducer());
        headers.put("occurredAt", envelope.getOccurredAt().toString());
        headers.put("regulationVersion", envelope.getRegulationVersion());
        return Collections.unmodifiableMap(headers);
    }
}
