package vn.phoihop.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many cases in flight at once, each on a virtual thread of its own, until enough are done and the faults are over:
 * a fault always meets a platform at work.
 */
final class Workload {

    private static final Runnable NOTHING = () -> {
    };

    private final Cycle cycle;

    private final int concurrency;

    private final AtomicInteger numbers = new AtomicInteger();

    private final AtomicInteger finished = new AtomicInteger();

    private final Queue<CaseTrail> trails = new ConcurrentLinkedQueue<>();

    private final ExecutorService extras = Executors.newVirtualThreadPerTaskExecutor();

    Workload(Cycle cycle, int concurrency) {
        this.cycle = cycle;
        this.concurrency = concurrency;
    }

    /** At least {@code cases}, and on while {@code more} holds. */
    void run(int cases, AtomicBoolean more) {
        try (ExecutorService drivers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < this.concurrency; i++) {
                drivers.submit(() -> {
                    while (this.numbers.get() < cases || more.get()) {
                        drive(this.numbers.incrementAndGet(), NOTHING);
                    }
                });
            }
        }
        this.extras.close();
    }

    /** One more case beside the others. */
    void driveOne() {
        driveOne(NOTHING);
    }

    /** One more case beside the others, telling {@code roundTrip} when its opinion is back. */
    void driveOne(Runnable roundTrip) {
        int number = this.numbers.incrementAndGet();
        this.extras.submit(() -> drive(number, roundTrip));
    }

    int finished() {
        return this.finished.get();
    }

    List<CaseTrail> trails() {
        return new ArrayList<>(this.trails);
    }

    private void drive(int number, Runnable roundTrip) {
        this.trails.add(this.cycle.drive(number, roundTrip));
        this.finished.incrementAndGet();
    }

}
