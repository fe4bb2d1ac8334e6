package vn.phoihop.bench.cycles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import vn.phoihop.bench.cycles.CycleDriver.CycleFailed;
import vn.phoihop.faults.Sleep;

/**
 * Offers one load for a warm-up and then a measured window, and lets the cycles still running finish before it
 * returns, so the next phase starts on a quiet platform and every event of the window can be followed to its effect.
 */
final class LoadPhase {

    private static final Duration DRAIN = Duration.ofMinutes(2);

    private static final int FAILURES_KEPT = 5;

    private final Function<StageRecorder, CycleDriver> drivers;

    private final AtomicInteger numbers;

    LoadPhase(Function<StageRecorder, CycleDriver> drivers, AtomicInteger numbers) {
        this.drivers = drivers;
        this.numbers = numbers;
    }

    PhaseResult run(Load load, Duration warmUp, Duration measured, DatabaseActivity activity) {
        StageRecorder recorder = new StageRecorder();
        CycleDriver driver = this.drivers.apply(recorder);
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean offering = new AtomicBoolean(true);
        long started = System.nanoTime();
        Instant from;
        Instant to;
        long transactions;
        try (ExecutorService cycles = Executors.newVirtualThreadPerTaskExecutor()) {
            switch (load.mode()) {
                case CLOSED -> {
                    for (int user = 0; user < (int) load.level(); user++) {
                        cycles.submit(() -> {
                            while (offering.get()) {
                                drive(driver, recorder, failures, System.nanoTime());
                            }
                        });
                    }
                }
                case OPEN -> cycles.submit(() -> offer(load.level(), started, offering, cycles, driver, recorder,
                        failures));
            }
            Sleep.through(warmUp);
            long before = activity.commits();
            from = Instant.now();
            recorder.measure(true);
            Sleep.through(measured);
            recorder.measure(false);
            to = Instant.now();
            transactions = activity.commits() - before;
            offering.set(false);
            cycles.shutdown();
            if (!cycles.awaitTermination(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("cycles still running " + DRAIN + " after the load stopped");
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        return new PhaseResult(load, from, to, recorder, transactions, List.copyOf(failures));
    }

    /** Each cycle on its own virtual thread at its due time; a late start still counts from the due time. */
    private void offer(double rate, long started, AtomicBoolean offering, ExecutorService cycles, CycleDriver driver,
            StageRecorder recorder, Queue<String> failures) {
        long interval = (long) (TimeUnit.SECONDS.toNanos(1) / rate);
        long due = started;
        while (offering.get()) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Sleep.through(Duration.ofNanos(wait));
            }
            long dueAt = due;
            try {
                cycles.submit(() -> drive(driver, recorder, failures, dueAt));
            }
            catch (RejectedExecutionException stopped) {
                return;
            }
            due += interval;
        }
    }

    private void drive(CycleDriver driver, StageRecorder recorder, Queue<String> failures, long due) {
        try {
            driver.drive(this.numbers.incrementAndGet(), due);
        }
        catch (CycleFailed ex) {
            recorder.cycleFailed();
            if (failures.size() < FAILURES_KEPT) {
                failures.add(ex.getMessage());
            }
        }
    }

}
