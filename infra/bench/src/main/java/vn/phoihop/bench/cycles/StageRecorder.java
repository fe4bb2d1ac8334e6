package vn.phoihop.bench.cycles;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What the clients see during a measured window: each command's time to be accepted and each cycle's time from its
 * (intended) start to its decision, in microseconds. Outside the window (warm-up, draining) nothing is recorded.
 */
final class StageRecorder {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Map<Command, Histogram> accepted = new EnumMap<>(Command.class);

    private final Histogram cycles = new ConcurrentHistogram(HIGHEST_MICROS, 3);

    private final AtomicLong failures = new AtomicLong();

    private volatile boolean measuring;

    StageRecorder() {
        for (Command command : Command.values()) {
            this.accepted.put(command, new ConcurrentHistogram(HIGHEST_MICROS, 3));
        }
    }

    void measure(boolean on) {
        this.measuring = on;
    }

    void accepted(Command command, long nanos) {
        if (this.measuring) {
            this.accepted.get(command).recordValue(micros(nanos));
        }
    }

    void cycleCompleted(long nanos) {
        if (this.measuring) {
            this.cycles.recordValue(micros(nanos));
        }
    }

    void cycleFailed() {
        this.failures.incrementAndGet();
    }

    long failures() {
        return this.failures.get();
    }

    /** All commands together. */
    Histogram accepted() {
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        this.accepted.values().forEach(all::add);
        return all;
    }

    Histogram accepted(Command command) {
        return this.accepted.get(command).copy();
    }

    Histogram cycles() {
        return this.cycles.copy();
    }

    private static long micros(long nanos) {
        return Math.min(HIGHEST_MICROS, Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos)));
    }

}
