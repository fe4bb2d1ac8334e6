package vn.phoihop.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The ceiling for any replay on this machine: a bare consumer with the client's default settings that reads the four
 * topics from the beginning to their end offsets and only counts what it read, without a consumer group.
 *
 * @param events the records of the two events topics
 * @param bytes the values of every record read, checkpoints included
 * @param took from asking for the partitions to reaching the last end offset
 */
record RawRead(long events, long bytes, Duration took) {

    private static final Duration POLL = Duration.ofMillis(200);

    static RawRead once(String bootstrapServers) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            long started = System.nanoTime();
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : ReplayTopics.ALL) {
                consumer.partitionsFor(topic)
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long events = 0;
            long bytes = 0;
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    // touching every value keeps the read honest: nothing the JIT could skip
                    bytes += record.value().length;
                    if (ReplayTopics.EVENTS.contains(record.topic())) {
                        events++;
                    }
                }
            }
            return new RawRead(events, bytes, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    RawRead fasterOf(RawRead other) {
        return other.took().compareTo(took) < 0 ? other : this;
    }

    double eventsPerSecond() {
        return events / seconds();
    }

    double megabytesPerSecond() {
        return bytes / 1e6 / seconds();
    }

    private double seconds() {
        return took.toNanos() / 1e9;
    }
}
