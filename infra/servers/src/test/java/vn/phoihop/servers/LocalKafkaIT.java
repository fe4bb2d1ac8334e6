package vn.phoihop.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaIT {

    @TempDir
    Path directory;

    @Test
    void producesAndConsumesOneRecord() throws Exception {
        try (LocalKafka kafka = LocalKafka.start()) {
            send(kafka, "cases", "case-1", "ConsultationRequested");

            assertThat(readAll(kafka, "cases", 1)).extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("case-1", "ConsultationRequested"));
        }
    }

    @Test
    void aRestartOnTheSameDataDirectoryKeepsTheRecords() throws Exception {
        Path data = directory.resolve("kafka");
        try (LocalKafka kafka = LocalKafka.builder().dataDirectory(data).start()) {
            send(kafka, "history", "case-1", "first");
        }

        try (LocalKafka kafka = LocalKafka.builder().dataDirectory(data).start()) {
            assertThat(readAll(kafka, "history", 1)).extracting(ConsumerRecord::value).containsExactly("first");
        }
    }

    @Test
    void createsMissingTopicsWithTheGivenPartitionsAndLeavesExistingOnesAlone() throws Exception {
        int port = FreePort.pick();
        try (LocalKafka kafka = LocalKafka.builder().port(port).start()) {
            kafka.createTopicIfAbsent("events", 3);
            kafka.createTopicIfAbsent("events", 5);

            assertThat(kafka.bootstrapServers()).isEqualTo("localhost:" + port);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                var description = admin.describeTopics(Set.of("events")).allTopicNames().get().get("events");
                assertThat(description.partitions()).hasSize(3);
            }
        }
    }

    private static void send(LocalKafka kafka, String topic, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Polls until the expected number of records arrived or a bounded time ran out. */
    private static List<ConsumerRecord<String, String>> readAll(LocalKafka kafka, String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, UUID.randomUUID().toString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
