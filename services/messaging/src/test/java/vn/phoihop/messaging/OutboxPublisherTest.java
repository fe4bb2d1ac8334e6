package vn.phoihop.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OutboxPublisherTest {

    private final List<String> marks = new ArrayList<>();

    @Test
    void marksABatchProcessedOnlyOnceKafkaHasAcknowledgedAllOfIt() throws InterruptedException {
        MockProducer<String, byte[]> kafka = new MockProducer<>(false, null, new StringSerializer(),
                new ByteArraySerializer());
        OutboxPublisher publisher = new OutboxPublisher(kafka);

        publisher.handleBatch(List.of(insert("case-1"), insert("case-2")), committer(kafka));

        assertThat(this.marks).containsExactly("processed after 2 sends, all acknowledged",
                "processed after 2 sends, all acknowledged", "batch finished");
        assertThat(publisher.published()).isEqualTo(2);
    }

    @Test
    void marksNothingWhenKafkaRefusesARecord() {
        MockProducer<String, byte[]> kafka = new MockProducer<>(false, null, new StringSerializer(),
                new ByteArraySerializer()) {
            @Override
            public synchronized void flush() {
                while (errorNext(new TimeoutException("broker gone"))) {
                    // fail every pending send
                }
            }
        };
        OutboxPublisher publisher = new OutboxPublisher(kafka);

        assertThatIllegalStateException()
            .isThrownBy(() -> publisher.handleBatch(List.of(insert("case-1")), committer(kafka)));
        assertThat(this.marks).isEmpty();
        assertThat(publisher.published()).isZero();
    }

    @Test
    void tellsWhoWaitsForAnEventOnceKafkaHasAcknowledgedIt() throws InterruptedException {
        MockProducer<String, byte[]> kafka = new MockProducer<>(true, null, new StringSerializer(),
                new ByteArraySerializer());
        OutboxPublisher publisher = new OutboxPublisher(kafka);
        CompletableFuture<Void> awaited = publisher.whenPublished("e-case-2");

        publisher.handleBatch(List.of(insert("case-1")), committer(kafka));
        assertThat(awaited).isNotDone();
        publisher.handleBatch(List.of(insert("case-2")), committer(kafka));

        assertThat(awaited).isCompleted();
    }

    private DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer(MockProducer<?, ?> kafka) {
        return new DebeziumEngine.RecordCommitter<>() {
            @Override
            public void markProcessed(RecordChangeEvent<SourceRecord> record) {
                OutboxPublisherTest.this.marks.add("processed after %d sends, %s acknowledged"
                    .formatted(kafka.history().size(), kafka.flushed() ? "all" : "not all"));
            }

            @Override
            public void markBatchFinished() {
                OutboxPublisherTest.this.marks.add("batch finished");
            }

            @Override
            public void markProcessed(RecordChangeEvent<SourceRecord> record, DebeziumEngine.Offsets offsets) {
                markProcessed(record);
            }

            @Override
            public DebeziumEngine.Offsets buildOffsets() {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static RecordChangeEvent<SourceRecord> insert(String caseId) {
        SourceRecord change = OutboxChanges.change("c", "e-" + caseId, caseId, "events", new byte[] { 1 },
                "{\"eventId\":\"e-%s\"}".formatted(caseId));
        return () -> change;
    }

}
