package vn.phoihop.messaging;

import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/** Change records shaped like those Debezium emits for the outbox table, for tests without a database. */
final class OutboxChanges {

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

    private OutboxChanges() {
    }

    /**
     * {@code operation} as Debezium writes it: c(reate), u(pdate), d(elete); {@code payload} a byte array or a
     * ByteBuffer, as Debezium may hand over either.
     */
    static SourceRecord change(String operation, String eventId, String caseId, String topic, Object payload,
            String headers) {
        Struct row = new Struct(ROW).put("id", eventId)
            .put("aggregate_id", caseId)
            .put("topic", topic)
            .put("payload", payload)
            .put("headers", headers);
        return new SourceRecord(Map.of(), Map.of(), "slot.public.outbox", CHANGE,
                new Struct(CHANGE).put("after", row).put("op", operation));
    }

}
