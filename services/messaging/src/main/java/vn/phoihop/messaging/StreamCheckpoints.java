package vn.phoihop.messaging;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.EventCodec;

/**
 * Signs the head of this service's hash chain and writes the {@link Checkpoint} to the outbox; the relay publishes
 * it on the producer's checkpoints topic. Checkpoints stay outside the chain they cover.
 */
public class StreamCheckpoints {

    private static final String AGGREGATE_TYPE = "event-stream";

    private static final String EVENT_TYPE = Checkpoint.getClassSchema().getName();

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final EventCodec codec;

    private final String producer;

    private final String topic;

    private final SigningKey key;

    private final Clock clock;

    StreamCheckpoints(JdbcClient jdbc, TransactionTemplate transactions, EventCodec codec, String producer,
            String topic, SigningKey key, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.codec = codec;
        this.producer = producer;
        this.topic = topic;
        this.key = key;
        this.clock = clock;
    }

    /** Signs the stream head if it moved since the last checkpoint, whichever replica signed that one. */
    public Optional<Checkpoint> signNow() {
        return sign(UUID.randomUUID());
    }

    Optional<Checkpoint> sign(UUID checkpointId) {
        return this.transactions.execute((transaction) -> lockHead().filter(StreamHead::movedSinceCheckpoint)
            .map((head) -> {
                Checkpoint checkpoint = head.sign(checkpointId, this.key, this.clock.instant());
                row(checkpoint).insert(this.jdbc);
                this.jdbc.sql("update event_stream set checkpointed_position = ? where producer = ?")
                    .params(head.position(), this.producer)
                    .update();
                return checkpoint;
            }));
    }

    // the lock Outbox.append takes: position and hash agree, and a replica signing at the same time waits here
    // and then finds the position already signed
    private Optional<StreamHead> lockHead() {
        return this.jdbc
            .sql("select last_position, last_hash, checkpointed_position from event_stream where producer = ?"
                    + " for update")
            .param(this.producer)
            .query((rs, row) -> new StreamHead(this.producer, rs.getLong(1), rs.getString(2), rs.getLong(3)))
            .optional();
    }

    private OutboxRow row(Checkpoint checkpoint) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(EventHeaders.EVENT_ID, checkpoint.getCheckpointId());
        headers.put(EventHeaders.EVENT_TYPE, EVENT_TYPE);
        headers.put(EventHeaders.PRODUCER, this.producer);
        return new OutboxRow(UUID.fromString(checkpoint.getCheckpointId()), AGGREGATE_TYPE, this.producer, EVENT_TYPE,
                this.topic, checkpoint.getStreamPosition(), this.codec.encode(checkpoint),
                headers);
    }

}
