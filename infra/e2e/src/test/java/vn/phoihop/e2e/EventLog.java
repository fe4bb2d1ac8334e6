package vn.phoihop.e2e;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import vn.phoihop.events.EventCodec;
import vn.phoihop.testing.RealServers;
import vn.phoihop.testing.TopicHistory;

/** Reads a topic from the beginning, as an auditor would, and keeps the records of one case. */
final class EventLog {

    private static final EventCodec CODEC = EventCodec.create();

    private EventLog() {
    }

    static List<Published> ofCase(String topic, String caseId) {
        return read(topic).stream().filter(published -> caseId.equals(published.key())).toList();
    }

    static List<Published> read(String topic) {
        return TopicHistory.read(RealServers.kafkaBootstrapServers(), topic)
            .stream()
            .map(record -> new Published(record.key(), header(record, "eventId"), header(record, "eventType"),
                    record.value()))
            .toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A record as stored; decoded on demand because dead letters may hold bytes no schema can read. */
    record Published(String key, String eventId, String eventType, byte[] value) {

        SpecificRecord event() {
            return CODEC.decode(value);
        }

        long sequence() {
            return EventCodec.envelopeOf(event()).getSequence();
        }

    }

}
