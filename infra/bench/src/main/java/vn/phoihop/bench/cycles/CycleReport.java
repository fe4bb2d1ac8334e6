package vn.phoihop.bench.cycles;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import vn.phoihop.servers.Machine;

/** The benchmark's numbers, its ratios to the ceilings and its targets, as one table. */
record CycleReport(BenchmarkSettings settings, Duration platformStart, List<MeasuredPhase> phases, Ceilings ceilings,
        List<HeapUse> heaps) {

    static final double TARGET_CYCLES_PER_SECOND = 200;

    static final double TARGET_SHARE_OF_JDBC = 0.5;

    static final double TARGET_P50_MILLIS = 10;

    static final double TARGET_P99_MILLIS = 50;

    /** Each service runs with at most this much heap ({@code -Xmx}); the target is that the load fits in it. */
    static final int TARGET_HEAP_MIB = 512;

    MeasuredPhase fastest() {
        return this.phases.stream().max(Comparator.comparingDouble(MeasuredPhase::cyclesPerSecond)).orElseThrow();
    }

    /** The open-loop step nearest half of the maximum throughput, where the latency targets are set. */
    MeasuredPhase atHalf() {
        double half = fastest().cyclesPerSecond() / 2;
        return this.phases.stream()
            .filter(phase -> phase.result().load().mode() == Load.Mode.OPEN)
            .min(Comparator.comparingDouble(phase -> Math.abs(phase.result().load().level() - half)))
            .orElse(fastest());
    }

    /** Cycles per second the bare JDBC rate would allow for the write transactions a cycle needs. */
    double jdbcAllowance() {
        return this.ceilings.jdbcTransactionsPerSecond() / fastest().writeTransactionsPerCycle();
    }

    String table() {
        StringBuilder out = new StringBuilder();
        MeasuredPhase fastest = fastest();
        MeasuredPhase half = atHalf();
        line(out, "Full consultation cycles through both boards' REST APIs: %d instance(s) of each board, %d partitions%s"
            .formatted(this.settings.replicas(), this.settings.partitions(),
                    this.settings.idempotencyKeys() ? ", every command with an Idempotency-Key" : ""));
        line(out, "Machine: " + Machine.describe());
        line(out, "Platform (PostgreSQL, Kafka, %d service JVMs) started in %.1f s; windows of %d s after %d s warm-up"
            .formatted(2 * this.settings.replicas() + 1, this.platformStart.toMillis() / 1000.0,
                    this.settings.window().toSeconds(), this.settings.warmUp().toSeconds()));
        line(out, "");
        line(out, "%-28s %8s %6s | %-15s | %-15s | %-15s | %-15s | %-15s | %8s".formatted("load", "cycles/s", "failed",
                "HTTP accept", "commit→Kafka", "Kafka→effect", "commit→effect", "full cycle", "DB tx/s"));
        line(out, "%-28s %8s %6s | %-15s | %-15s | %-15s | %-15s | %-15s | %8s".formatted("", "", "", "p50 p99 ms",
                "p50 p99 ms", "p50 p99 ms", "p50 p99 ms", "p50 p99 ms", ""));
        for (MeasuredPhase phase : this.phases) {
            PhaseResult result = phase.result();
            StageLatencies stages = phase.stages();
            line(out, "%-28s %8.1f %6d | %s | %s | %s | %s | %s | %8.0f".formatted(result.load(),
                    result.cyclesPerSecond(), result.recorder().failures(),
                    Percentiles.of(result.recorder().accepted()), Percentiles.of(stages.commitToKafka()),
                    Percentiles.of(stages.kafkaToEffect()), Percentiles.of(stages.commitToEffect()),
                    Percentiles.of(result.recorder().cycles()), result.databaseCommitsPerSecond()));
            result.failures().forEach(failure -> line(out, "    failed: " + failure));
            if (!stages.unfollowed().isEmpty()) {
                line(out, "    of %d events of the window, not followed to their effect: %s".formatted(stages.events(),
                        stages.unfollowed()));
            }
        }
        line(out, "");
        line(out, ("Per cycle (at the maximum): %d commands, %.1f events between the boards (mean record %.0f bytes),"
                + " %.1f write transactions, %.1f database commits in all").formatted(Command.values().length,
                        fastest.eventsPerCycle(), fastest.stages().meanRecordBytes(),
                        fastest.writeTransactionsPerCycle(), fastest.databaseCommitsPerCycle()));
        line(out, "HTTP accept by command at the maximum, p50/p99 ms: " + String.join(", ", Arrays.stream(Command.values())
            .map(command -> command + " " + Percentiles.of(fastest.result().recorder().accepted(command)).compact())
            .toList()));
        line(out, "");
        line(out, "Ceilings, same run, same servers:");
        this.ceilings.lines().forEach(ceiling -> line(out, "  " + ceiling));
        line(out, "");
        double events = fastest.cyclesPerSecond() * fastest.eventsPerCycle();
        line(out, "Ratios at the maximum (%s):".formatted(fastest.result().load()));
        line(out, "  platform database commits/s ÷ bare JDBC transactions/s     %6.3f  (%.0f ÷ %.0f)".formatted(
                fastest.result().databaseCommitsPerSecond() / this.ceilings.jdbcTransactionsPerSecond(),
                fastest.result().databaseCommitsPerSecond(), this.ceilings.jdbcTransactionsPerSecond()));
        line(out, "  cycles/s ÷ cycles/s the bare JDBC rate allows               %6.3f  (%.1f ÷ %.1f)".formatted(
                fastest.cyclesPerSecond() / jdbcAllowance(), fastest.cyclesPerSecond(), jdbcAllowance()));
        line(out, "  events/s ÷ Kafka producer records/s                          %6.4f  (%.0f ÷ %.0f)".formatted(
                events / this.ceilings.producerRecordsPerSecond(), events, this.ceilings.producerRecordsPerSecond()));
        line(out, "  events/s ÷ Kafka consumer records/s                          %6.4f  (%.0f ÷ %.0f)".formatted(
                events / this.ceilings.consumerRecordsPerSecond(), events, this.ceilings.consumerRecordsPerSecond()));
        line(out, "");
        Percentiles relay = Percentiles.of(half.stages().commitToEffect());
        line(out, "Targets:");
        target(out, "full cycles/s ≥ %.0f".formatted(TARGET_CYCLES_PER_SECOND), "%.1f".formatted(fastest.cyclesPerSecond()),
                fastest.cyclesPerSecond() >= TARGET_CYCLES_PER_SECOND);
        target(out, "full cycles/s ≥ %.0f%% of the bare JDBC allowance".formatted(TARGET_SHARE_OF_JDBC * 100),
                "%.0f%%".formatted(100 * fastest.cyclesPerSecond() / jdbcAllowance()),
                fastest.cyclesPerSecond() >= TARGET_SHARE_OF_JDBC * jdbcAllowance());
        target(out, "commit→effect p50 ≤ %.0f ms at half the maximum (%s)".formatted(TARGET_P50_MILLIS, half.result().load()),
                "%.1f ms".formatted(relay.p50()), relay.p50() <= TARGET_P50_MILLIS);
        target(out, "commit→effect p99 ≤ %.0f ms at half the maximum".formatted(TARGET_P99_MILLIS),
                "%.1f ms".formatted(relay.p99()), relay.p99() <= TARGET_P99_MILLIS);
        boolean failed = this.phases.stream().anyMatch(phase -> phase.result().recorder().failures() > 0);
        long peak = this.heaps.stream().mapToLong(HeapUse::peakMiB).max().orElse(0);
        target(out, "each board's heap ≤ %d MiB under the load (-Xmx%dm, no cycle failed)".formatted(TARGET_HEAP_MIB,
                TARGET_HEAP_MIB), "%d MiB".formatted(peak), peak <= TARGET_HEAP_MIB && !failed);
        line(out, "  most heap in use before a collection: " + String.join("; ",
                this.heaps.stream().map(HeapUse::toString).toList()));
        line(out, "Load average at the end: " + Machine.loadAverage());
        return out.toString();
    }

    private static void target(StringBuilder out, String what, String measured, boolean met) {
        line(out, "  %-70s %12s  %s".formatted(what, measured, met ? "met" : "NOT met"));
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }

}
