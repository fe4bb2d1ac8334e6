package vn.phoihop.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Every record of a topic from its beginning to its end now, counted by the event id the producer put in it. */
final class TopicRecords {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private TopicRecords() {
    }

    /** Event id → how many records carry it. A topic that does not exist has none. */
    static Map<UUID, Integer> copiesById(Map<String, Object> client, String topic) {
        Map<String, Object> settings = new HashMap<>(client);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        Map<UUID, Integer> copies = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
                .stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + PATIENCE);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    copies.merge(eventId(record), 1, Integer::sum);
                }
            }
        }
        return copies;
    }

    // a record without the header (a dead letter of foreign bytes, say) is counted under the nil id
    private static UUID eventId(ConsumerRecord<byte[], byte[]> record) {
        Header header = record.headers().lastHeader("eventId");
        return header == null ? new UUID(0, 0) : UUID.fromString(new String(header.value(), StandardCharsets.UTF_8));
    }

}
