package vn.phoihop.messaging;

import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A row of the outbox: the relay publishes its payload to its topic, keyed by the aggregate id, with the headers.
 */
record OutboxRow(UUID id, String aggregateType, String aggregateId, String eventType, String topic, long sequence,
        byte[] payload, Map<String, String> headers) {

    void insert(JdbcClient jdbc) {
        jdbc.sql("""
                insert into outbox (id, aggregate_type, aggregate_id, event_type, topic, sequence, payload, headers)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
            .params(this.id, this.aggregateType, this.aggregateId, this.eventType, this.topic, this.sequence,
                    this.payload, JsonMapper.shared().writeValueAsString(this.headers))
            .update();
    }

}
