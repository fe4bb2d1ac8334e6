package vn.phoihop.audit.replay;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import vn.phoihop.audit.history.TopicRecord;

/**
 * Reads topics from the beginning, or from given offsets, to the end they had when the read began. It joins no
 * consumer group and commits nothing: auditors read, they never move anyone's position.
 */
public final class KafkaHistory implements HistorySource {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Properties settings;

    private final List<String> topics;

    private final Map<TopicPartition, Long> from;

    private final Duration patience;

    /**
     * @param settings consumer settings: at least {@code bootstrap.servers}, and whatever the cluster needs to let
     *     the audit in (security protocol, SASL, TLS)
     * @param from where to start per partition; a partition not named starts at its beginning
     * @param patience how long the read may go without progress before it gives up
     */
    public KafkaHistory(Properties settings, List<String> topics, Map<TopicPartition, Long> from, Duration patience) {
        this.settings = new Properties();
        this.settings.putAll(settings);
        this.settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // an auditor only reads: asking for a topic that does not exist must not create it
        this.settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        this.settings.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "phoihop-audit");
        this.settings.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        this.settings.putIfAbsent(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "65536");
        this.settings.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        this.settings.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(4 << 20));
        this.settings.putIfAbsent(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(patience.toMillis()));
        this.topics = List.copyOf(topics);
        this.from = Map.copyOf(from);
        this.patience = patience;
    }

    @Override
    public void read(Consumer<Batch> batches) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(this.settings, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : this.topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, this.patience);
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, this.patience);
            Map<TopicPartition, Instant> readUpTo = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long start = this.from.getOrDefault(partition, 0L);
                consumer.seek(partition, start);
                if (start < ends.get(partition)) {
                    readUpTo.put(partition, Instant.MIN);
                }
            }
            long quietSince = System.nanoTime();
            while (!readUpTo.isEmpty()) {
                ConsumerRecords<byte[], byte[]> polled = consumer.poll(POLL);
                if (polled.isEmpty()) {
                    if (System.nanoTime() - quietSince > this.patience.toNanos()) {
                        throw new IllegalStateException("no records for " + this.patience + " while " + readUpTo.keySet()
                                + " had not reached their end offsets " + ends);
                    }
                    continue;
                }
                quietSince = System.nanoTime();
                List<TopicRecord> records = new ArrayList<>(polled.count());
                for (TopicPartition partition : polled.partitions()) {
                    Instant latest = Instant.MIN;
                    for (ConsumerRecord<byte[], byte[]> record : polled.records(partition)) {
                        if (record.offset() >= ends.get(partition)) {
                            break;
                        }
                        latest = Instant.ofEpochMilli(record.timestamp());
                        records.add(new TopicRecord(record.topic(), record.partition(), record.offset(), latest,
                                (record.key() == null) ? null : new String(record.key(), StandardCharsets.UTF_8),
                                record.value()));
                    }
                    if (latest != Instant.MIN) {
                        Instant last = latest;
                        readUpTo.computeIfPresent(partition, (any, before) -> last);
                    }
                    if (consumer.position(partition) >= ends.get(partition)) {
                        readUpTo.remove(partition);
                        consumer.pause(List.of(partition));
                    }
                }
                batches.accept(new Batch(records,
                        readUpTo.values().stream().min(Instant::compareTo).orElse(Instant.MAX)));
            }
        }
    }
}
