package vn.phoihop.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import vn.phoihop.servers.Directories;

/**
 * The ceiling for the platform's traffic on one Kafka broker: how fast Kafka's own performance tools produce and then
 * consume records of the platform's size, on a topic with as many partitions as its events topics, with the relay's
 * producer guarantees ({@code acks=all}, idempotence) and no throttling. Each tool runs in a child JVM, as Kafka's
 * scripts run it, so neither its printing nor its exit touches the caller.
 *
 * <p>Creates its own topic and deletes it at the end.
 */
public final class KafkaCeiling {

    static final String PRODUCER_PERFORMANCE = "org.apache.kafka.tools.ProducerPerformance";
    static final String CONSUMER_PERFORMANCE = "org.apache.kafka.tools.ConsumerPerformance";

    private KafkaCeiling() {
    }

    public record Result(int partitions, int recordSize, ProducerResult producer, ConsumerResult consumer) {
    }

    /**
     * @param records as many as the producer sent
     * @param megabytesPerSecond in the tool's megabytes, 2<sup>20</sup> bytes, of record values
     * @param averageLatencyMillis from send to acknowledgement; the percentiles are whole milliseconds
     */
    public record ProducerResult(long records, double recordsPerSecond, double megabytesPerSecond,
            double averageLatencyMillis, double p50LatencyMillis, double p99LatencyMillis) {
    }

    /**
     * The tool's {@code fetch.*} figures: they leave out the time the consumer waited to join its group.
     *
     * @param records as many as the consumer read
     * @param megabytesPerSecond in the tool's megabytes, 2<sup>20</sup> bytes, of record values
     */
    public record ConsumerResult(long records, double recordsPerSecond, double megabytesPerSecond) {
    }

    /**
     * Produces {@code records} records of {@code recordSize} bytes to a new topic of {@code partitions} partitions,
     * then consumes them from the beginning, in a new consumer group.
     *
     * @param clientSettings what a client needs besides the bootstrap servers to do both and to create and delete
     *     topics, such as a SASL login; values are written as their {@code toString()}
     * @throws IllegalStateException if the broker refuses, a tool fails, or not every record was both acknowledged
     *     and read back
     */
    public static Result measure(String bootstrapServers, Map<String, ?> clientSettings, int partitions,
            int recordSize, long records) {
        Map<String, Object> settings = new HashMap<>(clientSettings);
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        String topic = "phoihop-ceiling-" + UUID.randomUUID();
        try (Admin admin = Admin.create(settings)) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty()))).all().get();
            try {
                return whole(tools(bootstrapServers, settings, topic, partitions, recordSize, records), records);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("The broker at " + bootstrapServers + " refused the ceiling's topic "
                    + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while measuring the Kafka ceiling", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write or delete the Kafka tools' files", e);
        }
    }

    private static Result tools(String bootstrapServers, Map<String, Object> settings, String topic, int partitions,
            int recordSize, long records) throws IOException {
        // a temporary directory is its owner's only: the settings file may hold a password
        Path directory = Files.createTempDirectory("phoihop-kafka-ceiling");
        try {
            Path config = written(settings, directory.resolve("client.properties"));
            String produced = ChildJvm.run(PRODUCER_PERFORMANCE, List.of("--bootstrap-server", bootstrapServers,
                    "--command-config", config.toString(), "--topic", topic, "--num-records", Long.toString(records),
                    "--record-size", Integer.toString(recordSize), "--throughput", "-1",
                    "--command-property", "acks=all", "enable.idempotence=true"), directory);
            String consumed = ChildJvm.run(CONSUMER_PERFORMANCE, List.of("--bootstrap-server", bootstrapServers,
                    "--command-config", config.toString(), "--topic", topic, "--num-records", Long.toString(records),
                    "--group", topic), directory);
            return new Result(partitions, recordSize, PerformanceOutput.producer(produced),
                    PerformanceOutput.consumer(consumed));
        } finally {
            Directories.deleteRecursively(directory);
        }
    }

    // the producer tool counts only acknowledged records, and the consumer tool stops reading after 10 s without one:
    // rates over fewer records than asked for are no ceiling
    private static Result whole(Result result, long records) {
        if (result.producer().records() != records || result.consumer().records() != records) {
            throw new IllegalStateException("Of %d records, the producer had %d acknowledged and the consumer read %d"
                .formatted(records, result.producer().records(), result.consumer().records()));
        }
        return result;
    }

    private static Path written(Map<String, Object> settings, Path file) throws IOException {
        Properties properties = new Properties();
        settings.forEach((name, value) -> properties.setProperty(name, String.valueOf(value)));
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, null);
        }
        return file;
    }
}
