package vn.phoihop.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageRequest;

/**
 * Reads this board's dead-letter topic for an admin, in partition then offset order. Each read assigns the
 * partitions it needs and seeks, without a consumer group: looking must not commit offsets or join anyone's
 * group. A read that does not reach its offsets in {@link #READ_TIMEOUT} fails rather than answer short.
 */
final class DeadLetterTopic {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration POLL = Duration.ofMillis(100);

    private final Map<String, Object> properties;

    private final String topic;

    DeadLetterTopic(Map<String, Object> consumerProperties, String topic) {
        this.properties = new HashMap<>(consumerProperties);
        this.properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        this.properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        this.properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.topic = topic;
    }

    Page<ConsumerRecord<String, byte[]>> read(PageRequest request) {
        try (Consumer<String, byte[]> consumer = new KafkaConsumer<>(this.properties)) {
            Map<TopicPartition, Range> held = held(consumer);
            long total = held.values().stream().mapToLong(Range::length).sum();
            long skip = request.offset();
            long wanted = request.size();
            Map<TopicPartition, Range> page = new LinkedHashMap<>();
            for (Map.Entry<TopicPartition, Range> partition : held.entrySet()) {
                Range range = partition.getValue().skip(skip).limit(wanted);
                skip -= Math.min(skip, partition.getValue().length());
                wanted -= range.length();
                if (range.length() > 0) {
                    page.put(partition.getKey(), range);
                }
            }
            return Page.of(read(consumer, page), request, total);
        }
    }

    Optional<ConsumerRecord<String, byte[]>> find(Position position) {
        try (Consumer<String, byte[]> consumer = new KafkaConsumer<>(this.properties)) {
            TopicPartition partition = new TopicPartition(this.topic, position.partition());
            Range held = held(consumer).get(partition);
            if (held == null || !held.contains(position.offset())) {
                return Optional.empty();
            }
            return read(consumer, Map.of(partition, new Range(position.offset(), position.offset() + 1))).stream()
                .filter((record) -> record.offset() == position.offset())
                .findFirst();
        }
    }

    /** The offsets each partition holds now, in partition order. */
    private Map<TopicPartition, Range> held(Consumer<String, byte[]> consumer) {
        List<TopicPartition> partitions = consumer.partitionsFor(this.topic, READ_TIMEOUT)
            .stream()
            .map((info) -> new TopicPartition(this.topic, info.partition()))
            .sorted(Comparator.comparingInt(TopicPartition::partition))
            .toList();
        Map<TopicPartition, Long> first = consumer.beginningOffsets(partitions, READ_TIMEOUT);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
        Map<TopicPartition, Range> held = new LinkedHashMap<>();
        partitions.forEach((partition) -> held.put(partition, new Range(first.get(partition), end.get(partition))));
        return held;
    }

    private static List<ConsumerRecord<String, byte[]>> read(Consumer<String, byte[]> consumer,
            Map<TopicPartition, Range> ranges) {
        consumer.assign(ranges.keySet());
        ranges.forEach((partition, range) -> consumer.seek(partition, range.from()));
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        Instant deadline = Instant.now().plus(READ_TIMEOUT);
        while (!readToTheirEnds(consumer, ranges)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("could not read the dead-letter topic within " + READ_TIMEOUT);
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (ranges.get(partition).contains(record.offset())) {
                    records.add(record);
                }
            }
        }
        records.sort(Comparator.<ConsumerRecord<String, byte[]>>comparingInt(ConsumerRecord::partition)
            .thenComparingLong(ConsumerRecord::offset));
        return records;
    }

    private static boolean readToTheirEnds(Consumer<String, byte[]> consumer, Map<TopicPartition, Range> ranges) {
        return ranges.entrySet()
            .stream()
            .allMatch((range) -> consumer.position(range.getKey()) >= range.getValue().to());
    }

    /** Offsets from {@code from} up to, not including, {@code to}. */
    private record Range(long from, long to) {

        long length() {
            return this.to - this.from;
        }

        boolean contains(long offset) {
            return offset >= this.from && offset < this.to;
        }

        Range skip(long count) {
            return new Range(Math.min(this.from + count, this.to), this.to);
        }

        Range limit(long count) {
            return new Range(this.from, Math.min(this.from + count, this.to));
        }

    }

}
