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

    @Test
    void turnsAnOutboxInsertIntoARecordOnItsTopicKeyedByCaseWithItsHeaders() {
        SourceRecord insert = OutboxChanges.change("c", "e-1", "case-1", "phoihop.cadre-board.events",
                ByteBuffer.wrap(new byte[] { 1, 2, 3 }), "{\"eventId\":\"e-1\",\"caseId\":\"case-1\"}");

        ProducerRecord<String, byte[]> record = OutboxRows.toProducerRecord(insert).orElseThrow();

        assertThat(record.topic()).isEqualTo("phoihop.cadre-board.events");
        assertThat(record.key()).isEqualTo("case-1");
        assertThat(record.value()).containsExactly(1, 2, 3);
        assertThat(record.headers().lastHeader("eventId").value()).isEqualTo("e-1".getBytes(StandardCharsets.UTF_8));
        assertThat(record.headers().lastHeader("caseId").value()).isEqualTo("case-1".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void publishesNothingForChangesOtherThanInserts() {
        SourceRecord update = OutboxChanges.change("u", "e-1", "case-1", "t", new byte[] { 1 }, "{}");
        Schema heartbeatSchema = SchemaBuilder.struct().field("ts_ms", Schema.INT64_SCHEMA).build();
        SourceRecord heartbeat = new SourceRecord(Map.of(), Map.of(), "__debezium-heartbeat", heartbeatSchema,
                new Struct(heartbeatSchema).put("ts_ms", 1L));

        assertThat(OutboxRows.toProducerRecord(update)).isEmpty();
        assertThat(OutboxRows.toProducerRecord(heartbeat)).isEmpty();
    }

}
