package vn.phoihop.bench;

import java.io.PrintStream;
import java.time.Duration;

import vn.phoihop.servers.Machine;
import vn.phoihop.testing.history.WriteSummary;

/** One run of {@link ReplayBenchmark}: what was written, how fast a bare consumer and the audit read it back. */
record ReplayResult(WriteSummary written, RawRead raw, AuditRun audit) {

    double auditEventsPerSecond() {
        return written.events() / (audit.took().toNanos() / 1e9);
    }

    /** The audit's share of the ceiling: 1 would be verifying as fast as a bare consumer reads. */
    double ratio() {
        return auditEventsPerSecond() / raw.eventsPerSecond();
    }

    void print(PrintStream out) {
        out.println();
        out.printf("Replay and verification of %,d events%n", written.events());
        out.println("Machine: " + Machine.describe());
        row(out, "events written", "%,d (+ %,d checkpoints)".formatted(written.events(), written.checkpoints()));
        row(out, "mean event record (value)", "%.0f bytes".formatted(written.meanEventBytes()));
        row(out, "write (generate + send, acks=all)", "%,.0f events/s in %.1f s".formatted(written.eventsPerSecond(),
                seconds(written.took())));
        row(out, "raw consumer, best of 2", "%,.0f events/s, %.1f MB/s in %.2f s".formatted(raw.eventsPerSecond(),
                raw.megabytesPerSecond(), seconds(raw.took())));
        row(out, "audit verify (replay + verify)", "%,.0f events/s in %.1f s, exit code %d".formatted(
                auditEventsPerSecond(), seconds(audit.took()), audit.exitCode()));
        row(out, "ratio audit / raw", "%.3f".formatted(ratio()));
        row(out, "load average at the end", Machine.loadAverage());
    }

    private static void row(PrintStream out, String what, String value) {
        out.printf("%-36s %s%n", what, value);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
