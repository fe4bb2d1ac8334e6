package vn.phoihop.bench.cycles;

import java.util.List;

import vn.phoihop.bench.KafkaCeiling;
import vn.phoihop.bench.PostgresCeiling;
import vn.phoihop.bench.PostgresCeiling.Variant;
import vn.phoihop.faults.Cluster;

/**
 * What the platform's own servers can do without the platform, measured after the load on the same PostgreSQL and
 * the same broker: a bare JDBC loop of state + outbox transactions, without and with the shared stream-head row the
 * boards' hash chains lock, and Kafka's own producer and consumer tests at the platform's mean record size.
 */
record Ceilings(PostgresCeiling.Result independent, PostgresCeiling.Result chained, KafkaCeiling.Result kafka,
        int recordBytes) {

    private static final String DATABASE = "ceiling";

    static Ceilings measure(Cluster cluster, BenchmarkSettings settings, int recordBytes) {
        String jdbcUrl = cluster.createDatabase(DATABASE);
        PostgresCeiling.Result independent = PostgresCeiling.measure(jdbcUrl, cluster.databaseUser(),
                cluster.databasePassword(), Variant.INDEPENDENT, settings.jdbcThreads(), settings.ceiling());
        PostgresCeiling.Result chained = PostgresCeiling.measure(jdbcUrl, cluster.databaseUser(),
                cluster.databasePassword(), Variant.CHAINED, settings.jdbcThreads(), settings.ceiling());
        KafkaCeiling.Result kafka = KafkaCeiling.measure(cluster.bootstrapServers(),
                cluster.kafkaAccess().harness(cluster.bootstrapServers()), settings.partitions(), recordBytes,
                settings.kafkaRecords());
        return new Ceilings(independent, chained, kafka, recordBytes);
    }

    double jdbcTransactionsPerSecond() {
        return this.independent.transactionsPerSecond();
    }

    double producerRecordsPerSecond() {
        return this.kafka.producer().recordsPerSecond();
    }

    double consumerRecordsPerSecond() {
        return this.kafka.consumer().recordsPerSecond();
    }

    List<String> lines() {
        return List.of(jdbc("PostgreSQL bare JDBC, state + outbox", this.independent),
                jdbc("PostgreSQL bare JDBC, state + outbox + chain head", this.chained),
                "%-58s %9.0f records/s %7.1f MB/s".formatted(
                        "Kafka ProducerPerformance, %d B, acks=all, idempotent".formatted(this.recordBytes),
                        this.kafka.producer().recordsPerSecond(), this.kafka.producer().megabytesPerSecond()),
                "%-58s %9.0f records/s %7.1f MB/s".formatted("Kafka ConsumerPerformance",
                        this.kafka.consumer().recordsPerSecond(), this.kafka.consumer().megabytesPerSecond()));
    }

    private static String jdbc(String what, PostgresCeiling.Result result) {
        return "%-58s %9.0f tx/s      p50 %.1f ms p99 %.1f ms (%s)".formatted(
                "%s, %d threads".formatted(what, result.threads()), result.transactionsPerSecond(),
                result.p50Millis(), result.p99Millis(), result.durability());
    }

}
