package vn.phoihop.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Publishes each batch of outbox inserts to Kafka. The whole batch is sent before waiting, then flushed, and
 * only then marked processed: Debezium commits offsets only for what Kafka has acknowledged (at least once).
 */
final class OutboxPublisher implements DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>>, AutoCloseable {

    private final Producer<String, byte[]> producer;

    private final AtomicLong published = new AtomicLong();

    OutboxPublisher(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    @Override
    public void handleBatch(List<RecordChangeEvent<SourceRecord>> changes,
            DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) throws InterruptedException {
        List<Future<RecordMetadata>> sends = new ArrayList<>(changes.size());
        for (RecordChangeEvent<SourceRecord> change : changes) {
            OutboxRows.toProducerRecord(change.record()).ifPresent((record) -> sends.add(this.producer.send(record)));
        }
        this.producer.flush();
        awaitAll(sends);
        for (RecordChangeEvent<SourceRecord> change : changes) {
            committer.markProcessed(change);
        }
        committer.markBatchFinished();
        this.published.addAndGet(sends.size());
    }

    // flush() does not report failed sends; a failure stops the engine, which restarts from the last offsets
    private static void awaitAll(List<Future<RecordMetadata>> sends) throws InterruptedException {
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get();
            }
            catch (ExecutionException ex) {
                throw new IllegalStateException("Kafka refused an outbox record", ex.getCause());
            }
        }
    }

    long published() {
        return this.published.get();
    }

    @Override
    public void close() {
        this.producer.close();
    }

}
