package vn.phoihop.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Publishes each batch of outbox inserts to Kafka. The whole batch is sent before waiting, then flushed, and
 * only then marked processed: Debezium commits offsets only for what Kafka has acknowledged (at least once).
 */
final class OutboxPublisher implements DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>>, AutoCloseable {

    private final Producer<String, byte[]> producer;

    private final AtomicLong published = new AtomicLong();

    private final Map<String, CompletableFuture<Void>> awaited = new ConcurrentHashMap<>();

    OutboxPublisher(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    @Override
    public void handleBatch(List<RecordChangeEvent<SourceRecord>> changes,
            DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) throws InterruptedException {
        List<ProducerRecord<String, byte[]>> records = changes.stream()
            .map((change) -> OutboxRows.toProducerRecord(change.record()))
            .flatMap(Optional::stream)
            .toList();
        List<Future<RecordMetadata>> sends = records.stream().map(this.producer::send).toList();
        this.producer.flush();
        awaitAll(sends);
        for (RecordChangeEvent<SourceRecord> change : changes) {
            committer.markProcessed(change);
        }
        committer.markBatchFinished();
        this.published.addAndGet(sends.size());
        if (!this.awaited.isEmpty()) {
            records.forEach(this::announce);
        }
    }

    /**
     * Completes once Kafka has acknowledged the record of this event id. Ask before its outbox row commits, and
     * {@link #forget} it when no longer waiting.
     */
    CompletableFuture<Void> whenPublished(String eventId) {
        return this.awaited.computeIfAbsent(eventId, (id) -> new CompletableFuture<>());
    }

    void forget(String eventId) {
        this.awaited.remove(eventId);
    }

    private void announce(ProducerRecord<String, byte[]> record) {
        Header eventId = record.headers().lastHeader(EventHeaders.EVENT_ID);
        CompletableFuture<Void> waiting = (eventId != null)
                ? this.awaited.remove(new String(eventId.value(), StandardCharsets.UTF_8)) : null;
        if (waiting != null) {
            waiting.complete(null);
        }
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
