package vn.phoihop.messaging;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The events this service has handled, by event id.
 */
final class Inbox {

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the event is new; must run in the transaction that applies the event's effect. */
    boolean record(UUID eventId, String eventType, ConsumerRecord<?, ?> record) {
        return this.jdbc.sql("""
                insert into inbox (event_id, event_type, topic, partition, "offset")
                values (?, ?, ?, ?, ?)
                on conflict (event_id) do nothing""")
            .params(eventId, eventType, record.topic(), record.partition(), record.offset())
            .update() == 1;
    }

}
