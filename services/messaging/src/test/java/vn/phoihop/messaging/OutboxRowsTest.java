package vn.phoihop.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRowsTest {

    private static final Schema ROW = SchemaBuilder.struct()
        .field("id", Schema.STRING_SCHEMA)
        .field("aggregate_id", Schema.STRING_SCHEMA)
        .field("topic", Schema.STRING_SCHEMA)
        .field("payload", Schema.BYTES_SCHEMA)
        .field("headers", Schema.STRING_SCHEMA)
        .build();

    private static final Schema CHANGE = SchemaBuilder.struct()
        .field("after", ROW)
        .field("op", Schema.STRING_SCHEMA)
        .build();

    @Test
    void turnsAnOutboxInsertIntoARecordOnItsTopicKeyedByCaseWithItsHeaders() {
        Struct row = new Struct(ROW).put("id", "e-1")
            .put("aggregate_id", "case-1")
            .put("topic", "phoihop.cadre-board.events")
            .put("payload", ByteBuffer.wrap(new byte[] { 1, 2, 3 }))
            .put("headers", "{\"eventId\":\"e-1\",\"caseId\":\"case-1\"}");

        ProducerRecord<String, byte[]> record = OutboxRows.toProducerRecord(change(row, "c")).orElseThrow();

        assertThat(record.topic()).isEqualTo("phoihop.cadre-board.events");
        assertThat(record.key()).isEqualTo("case-1");
        assertThat(record.value()).containsExactly(1, 2, 3);
        assertThat(record.headers().lastHeader("eventId").value()).isEqualTo("e-1".getBytes(StandardCharsets.UTF_8));
        assertThat(record.headers().lastHeader("caseId").value()).isEqualTo("case-1".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void publishesNothingForChangesOtherThanInserts() {
        Struct row = new Struct(ROW).put("id", "e-1")
            .put("aggregate_id", "case-1")
            .put("topic", "t")
            .put("payload", new byte[] { 1 })
            .put("headers", "{}");
        Schema heartbeatSchema = SchemaBuilder.struct().field("ts_ms", Schema.INT64_SCHEMA).build();
        SourceRecord heartbeat = new SourceRecord(Map.of(), Map.of(), "__debezium-heartbeat", heartbeatSchema,
                new Struct(heartbeatSchema).put("ts_ms", 1L));

        assertThat(OutboxRows.toProducerRecord(change(row, "u"))).isEmpty();
        assertThat(OutboxRows.toProducerRecord(heartbeat)).isEmpty();
    }

    private static SourceRecord change(Struct row, String operation) {
        return new SourceRecord(Map.of(), Map.of(), "slot.public.outbox", CHANGE,
                new Struct(CHANGE).put("after", row).put("op", operation));
    }

}
