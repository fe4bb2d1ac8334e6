package vn.phoihop.local.demo;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Polls a board until what the seeder waits for is there, or gives up at a deadline and says what is missing.
 * Events cross between the boards through Kafka, so "there" comes a little after the request that caused it.
 */
final class Waiting {

    private static final int SHOWN = 5;

    private final Duration interval;
    private final Duration patience;

    Waiting(Duration interval, Duration patience) {
        this.interval = interval;
        this.patience = patience;
    }

    /** {@code missing} answers what is not there yet; empty when everything is. */
    void until(String what, Supplier<List<String>> missing) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<String> left = missing.get();
        while (!left.isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Gave up after " + patience.toMillis() + " ms waiting for " + what
                        + "; " + left.size() + " still missing: " + String.join(", ", left.subList(0,
                                Math.min(SHOWN, left.size()))) + (left.size() > SHOWN ? ", …" : ""));
            }
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
            left = missing.get();
        }
    }
}
