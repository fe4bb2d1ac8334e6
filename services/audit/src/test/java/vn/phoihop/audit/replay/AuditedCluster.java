package vn.phoihop.audit.replay;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.audit.cli.AuditCommandLine;
import vn.phoihop.testing.RealServers;
import vn.phoihop.testing.history.SyntheticTerm;
import vn.phoihop.testing.history.TermRecord;

/**
 * A real broker on which each history gets topics of its own (a fresh prefix), and the audit's command line run
 * against them as an auditor would run it.
 */
public final class AuditedCluster {

    public static String bootstrapServers() {
        return RealServers.kafkaBootstrapServers();
    }

    /** Publishes the records on fresh topics, in order, and returns the prefix that names them. */
    public static String publish(List<TermRecord> records) {
        String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + ".";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(AuditedTopics.withPrefix(prefix).all().stream()
                .map(topic -> new NewTopic(topic, topic.endsWith(".checkpoints") ? 1 : 3, (short) 1))
                .toList()).all().get();
        }
        catch (InterruptedException | ExecutionException ex) {
            throw new IllegalStateException("cannot create the topics of " + prefix, ex);
        }
        try (Producer<String, byte[]> producer = new KafkaProducer<>(producerSettings())) {
            for (TermRecord record : records) {
                producer.send(new ProducerRecord<>(prefix + record.topic(), null, record.timestamp().toEpochMilli(),
                        record.key(), record.value()));
            }
            producer.flush();
        }
        return prefix;
    }

    // The term's records carry their historic timestamps, and the broker expires an idempotent producer's state by
    // record time, so an idempotent producer would be told it is unknown and resend; one request in flight keeps
    // the order instead.
    private static Map<String, Object> producerSettings() {
        Map<String, Object> settings = new HashMap<>(SyntheticTerm.producerSettings(bootstrapServers()));
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        return settings;
    }

    /** Runs {@code audit verify --format json} over the topics with the prefix. */
    static Verification verify(String prefix, BoardKeys keys) {
        return run("verify", "--bootstrap-servers", bootstrapServers(), "--keys", keys.keyring().toString(),
                "--topic-prefix", prefix, "--format", "json");
    }

    public static Verification run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AuditCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Verification(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Verification(int exitCode, String output, String errors) {

        Set<String> rules() {
            JsonNode json = JsonMapper.shared().readTree(this.output);
            return json.get("violations").valueStream().map(violation -> violation.get("rule").asString())
                .collect(Collectors.toCollection(TreeSet::new));
        }

        @Override
        public String toString() {
            return "exit " + this.exitCode + "\n" + this.output + this.errors;
        }
    }

    private AuditedCluster() {
    }
}
