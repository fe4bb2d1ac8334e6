package vn.phoihop.faults;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import vn.phoihop.testing.TopicHistory;

/** Every record of a topic from its beginning to its end now, counted by the event id the producer put in it. */
final class TopicRecords {

    private TopicRecords() {
    }

    /** Event id → how many records carry it. A topic that does not exist has none. */
    static Map<UUID, Integer> copiesById(Map<String, Object> client, String topic) {
        Map<UUID, Integer> copies = new HashMap<>();
        TopicHistory.read(client, topic).forEach(record -> copies.merge(eventId(record), 1, Integer::sum));
        return copies;
    }

    // a record without the header (a dead letter of foreign bytes, say) is counted under the nil id
    private static UUID eventId(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("eventId");
        return header == null ? new UUID(0, 0) : UUID.fromString(new String(header.value(), StandardCharsets.UTF_8));
    }

}
