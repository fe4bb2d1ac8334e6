package vn.phoihop.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Debezium's change event for an outbox insert into the Kafka record it stands for.
 */
final class OutboxRows {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private OutboxRows() {
    }

    /** Empty for anything but an outbox insert, such as heartbeats. */
    static Optional<ProducerRecord<String, byte[]>> toProducerRecord(SourceRecord change) {
        if (!(change.value() instanceof Struct value) || value.schema().field("op") == null
                || !"c".equals(value.getString("op"))) {
            return Optional.empty();
        }
        Struct row = value.getStruct("after");
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.getString("topic"), null,
                row.getString("aggregate_id"), bytes(row.get("payload")));
        JsonMapper.shared()
            .readValue(row.getString("headers"), HEADERS)
            .forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return Optional.of(record);
    }

    private static byte[] bytes(Object payload) {
        if (payload instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return bytes;
        }
        return (byte[]) payload;
    }

}
