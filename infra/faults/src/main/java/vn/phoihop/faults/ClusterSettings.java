package vn.phoihop.faults;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the platform is laid out on the machine: how many instances of each board, how many partitions each board's
 * events topic has, and PostgreSQL settings beyond the durable defaults (a benchmark asks for commit timestamps).
 */
public record ClusterSettings(int replicasPerBoard, int topicPartitions, Map<String, String> postgresSettings) {

    private static final int TOPIC_PARTITIONS = 3;

    public ClusterSettings {
        if (replicasPerBoard < 1 || topicPartitions < 1) {
            throw new IllegalArgumentException("at least one replica and one partition");
        }
        postgresSettings = Map.copyOf(postgresSettings);
    }

    public static ClusterSettings replicas(int replicasPerBoard) {
        return new ClusterSettings(replicasPerBoard, TOPIC_PARTITIONS, Map.of());
    }

    public ClusterSettings withTopicPartitions(int partitions) {
        return new ClusterSettings(this.replicasPerBoard, partitions, this.postgresSettings);
    }

    public ClusterSettings withPostgresSetting(String name, String value) {
        Map<String, String> settings = new LinkedHashMap<>(this.postgresSettings);
        settings.put(name, value);
        return new ClusterSettings(this.replicasPerBoard, this.topicPartitions, settings);
    }

}
