package vn.phoihop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import vn.phoihop.bench.KafkaCeiling.ConsumerResult;
import vn.phoihop.bench.KafkaCeiling.ProducerResult;
import vn.phoihop.servers.KafkaUsers;
import vn.phoihop.servers.LocalKafka;

/** Kafka's own tools against a secured broker, as the benchmark's: what was produced is read back, then deleted. */
class KafkaCeilingIT {

    private static final int RECORDS = 20_000;

    @Test
    @Timeout(60)
    void theConsumerReadsEveryRecordTheProducerWroteAndTheTopicIsGone()
            throws ExecutionException, InterruptedException {
        try (LocalKafka kafka = LocalKafka.builder().secured(KafkaUsers.generated(List.of())).start()) {
            KafkaCeiling.Result result = KafkaCeiling.measure(kafka.bootstrapServers(), kafka.adminSettings(), 3, 500,
                    RECORDS);

            ProducerResult producer = result.producer();
            ConsumerResult consumer = result.consumer();
            System.out.printf("Kafka ceiling, %d partitions, %d-byte records: producer %,.0f records/s %.2f MB/s,"
                    + " latency avg %.1f p50 %.0f p99 %.0f ms; consumer %,.0f records/s %.2f MB/s%n",
                    result.partitions(), result.recordSize(), producer.recordsPerSecond(),
                    producer.megabytesPerSecond(), producer.averageLatencyMillis(), producer.p50LatencyMillis(),
                    producer.p99LatencyMillis(), consumer.recordsPerSecond(), consumer.megabytesPerSecond());
            assertThat(producer.records()).isEqualTo(RECORDS);
            assertThat(consumer.records()).isEqualTo(RECORDS);
            assertThat(producer.recordsPerSecond()).isPositive();
            assertThat(producer.megabytesPerSecond()).isPositive();
            assertThat(producer.p99LatencyMillis()).isGreaterThanOrEqualTo(producer.p50LatencyMillis());
            assertThat(consumer.recordsPerSecond()).isPositive();
            assertThat(consumer.megabytesPerSecond()).isPositive();
            assertThat(topics(kafka)).noneMatch(topic -> topic.startsWith("phoihop-ceiling-"));
        }
    }

    private static Set<String> topics(LocalKafka kafka) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(kafka.adminSettings())) {
            return admin.listTopics().names().get();
        }
    }
}
