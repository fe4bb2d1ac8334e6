package vn.phoihop.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the platform is laid out on the machine: how many instances of each board, how many partitions each board's
 * events topic has, PostgreSQL settings beyond the durable defaults (a benchmark asks for commit timestamps), and
 * arguments every board instance gets besides its own (a benchmark tries a setting with them), and how often the
 * audit reads the topics: it judges its whole copy again after each read that found something new; and the JVM
 * options of every service (a benchmark bounds the heap).
 */
public record ClusterSettings(int replicasPerBoard, int topicPartitions, Map<String, String> postgresSettings,
        List<String> boardArguments, Duration auditIngestInterval, List<String> serviceJvmOptions) {

    private static final int TOPIC_PARTITIONS = 3;

    // the fault suite wants the audit's verdict soon after the last fault
    private static final Duration AUDIT_INGEST_INTERVAL = Duration.ofSeconds(1);

    public ClusterSettings {
        if (replicasPerBoard < 1 || topicPartitions < 1) {
            throw new IllegalArgumentException("at least one replica and one partition");
        }
        postgresSettings = Map.copyOf(postgresSettings);
        boardArguments = List.copyOf(boardArguments);
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
    }

    public static ClusterSettings replicas(int replicasPerBoard) {
        return new ClusterSettings(replicasPerBoard, TOPIC_PARTITIONS, Map.of(), List.of(), AUDIT_INGEST_INTERVAL,
                List.of());
    }

    public ClusterSettings withTopicPartitions(int partitions) {
        return new ClusterSettings(this.replicasPerBoard, partitions, this.postgresSettings, this.boardArguments,
                this.auditIngestInterval, this.serviceJvmOptions);
    }

    public ClusterSettings withPostgresSetting(String name, String value) {
        Map<String, String> settings = new LinkedHashMap<>(this.postgresSettings);
        settings.put(name, value);
        return new ClusterSettings(this.replicasPerBoard, this.topicPartitions, settings, this.boardArguments,
                this.auditIngestInterval, this.serviceJvmOptions);
    }

    public ClusterSettings withBoardArguments(List<String> arguments) {
        List<String> all = new ArrayList<>(this.boardArguments);
        all.addAll(arguments);
        return new ClusterSettings(this.replicasPerBoard, this.topicPartitions, this.postgresSettings, all,
                this.auditIngestInterval, this.serviceJvmOptions);
    }

    public ClusterSettings withAuditIngestInterval(Duration interval) {
        return new ClusterSettings(this.replicasPerBoard, this.topicPartitions, this.postgresSettings,
                this.boardArguments, interval, this.serviceJvmOptions);
    }

    public ClusterSettings withServiceJvmOptions(List<String> options) {
        return new ClusterSettings(this.replicasPerBoard, this.topicPartitions, this.postgresSettings,
                this.boardArguments, this.auditIngestInterval, options);
    }

}
