package vn.phoihop.bench.cycles;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import vn.phoihop.events.Topics;
import vn.phoihop.faults.Cluster;
import vn.phoihop.faults.ClusterSettings;
import vn.phoihop.faults.Parties;

/**
 * Full consultation cycles through both boards' REST APIs on the platform as it runs in production, on this one
 * machine (docs/benchmarks.md): closed-loop steps find the maximum throughput, open-loop steps at fractions of it
 * measure latency below saturation; then, on the same servers, the ceilings of PostgreSQL (a bare JDBC loop) and
 * Kafka (its own performance tools). Prints one table with the machine, the ratios and the targets, and draws the
 * latency against the throughput.
 *
 * <p>Usage: {@code infra/bench/cycles [--name=value ...]}, see {@link BenchmarkSettings}.
 */
public final class CycleBenchmark {

    // the audit judges its whole copy again after every read that finds something new: read each second, as the
    // fault suite does, that work grows with the history and takes the cores from the boards (docs/benchmarks.md)
    private static final Duration AUDIT_INGEST_INTERVAL = Duration.ofMinutes(10);

    // how long the events of a window may take to have their effects; the table names those that did not
    private static final Duration SETTLING = Duration.ofMinutes(1);

    private CycleBenchmark() {
    }

    public static void main(String[] arguments) {
        BenchmarkSettings settings = BenchmarkSettings.parse(arguments);
        System.out.println(run(settings).table());
    }

    static CycleReport run(BenchmarkSettings settings) {
        long starting = System.nanoTime();
        try (Cluster cluster = Cluster.start(settings.directory(),
                ClusterSettings.replicas(settings.replicas())
                    .withTopicPartitions(settings.partitions())
                    .withPostgresSetting("track_commit_timestamp", "on")
                    .withAuditIngestInterval(AUDIT_INGEST_INTERVAL)
                    .withBoardArguments(settings.boardArguments())
                    .withServiceJvmOptions(List.of("-Xmx%dm".formatted(CycleReport.TARGET_HEAP_MIB))))) {
            Duration platformStart = Duration.ofNanos(System.nanoTime() - starting);
            Parties parties = Parties.of(cluster);
            parties.enterRoster();
            Map<String, Object> kafkaClient = cluster.kafkaAccess().harness(cluster.bootstrapServers());
            List<String> topics = List.of(Topics.CADRE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD_EVENTS);
            EventTimes.Sources sources = new EventTimes.Sources(
                    Map.of("cadre_board", cluster.jdbcUrl(Cluster.CADRE_BOARD), "executive_board",
                            cluster.jdbcUrl(Cluster.EXECUTIVE_BOARD)),
                    cluster.databaseUser(), cluster.databasePassword(), kafkaClient, topics);
            List<MeasuredPhase> phases = new ArrayList<>();
            try (EventWatch watch = new EventWatch(kafkaClient, topics)) {
                LoadPhase phase = new LoadPhase(recorder -> new CycleDriver(parties, watch, recorder, settings.idempotencyKeys()),
                        new AtomicInteger());
                DatabaseActivity activity = new DatabaseActivity(cluster.jdbcUrl(Cluster.CADRE_BOARD),
                        cluster.databaseUser(), cluster.databasePassword());
                // the first cycles run interpreted and fill the caches; none of them is measured
                phase.run(Load.closed(settings.users().getLast()), settings.warmUp(), settings.warmUp(), activity);
                for (int users : settings.users()) {
                    phases.add(measure(phase.run(Load.closed(users), settings.warmUp(), settings.window(), activity),
                            sources));
                }
                double maximum = phases.stream().mapToDouble(MeasuredPhase::cyclesPerSecond).max().orElseThrow();
                for (double fraction : settings.offered()) {
                    phases.add(measure(phase.run(Load.open(fraction * maximum), settings.warmUp(), settings.window(),
                            activity), sources));
                }
            }
            double meanRecord = phases.stream()
                .max(Comparator.comparingDouble(MeasuredPhase::cyclesPerSecond))
                .orElseThrow()
                .stages()
                .meanRecordBytes();
            Ceilings ceilings = Ceilings.measure(cluster, settings, (int) Math.round(meanRecord));
            List<HeapUse> heaps = Stream.concat(cluster.cadreBoards().stream(), cluster.executiveBoards().stream())
                .map(replica -> HeapUse.of(replica.name(), replica.gcLog()))
                .toList();
            CycleReport report = new CycleReport(settings, platformStart, phases, ceilings, heaps);
            LatencyChart.draw(report, settings.plot());
            return report;
        }
    }

    private static MeasuredPhase measure(PhaseResult result, EventTimes.Sources sources) {
        EventTimes times = EventTimes.of(sources, result.from(), result.to(), SETTLING);
        return new MeasuredPhase(result, StageLatencies.of(times));
    }

}
