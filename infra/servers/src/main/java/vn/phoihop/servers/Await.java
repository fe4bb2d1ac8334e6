package vn.phoihop.servers;

import java.time.Duration;

/** Polls what the broker applies a moment after it acknowledged it: users and ACLs travel through the metadata log. */
final class Await {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(50);

    private Await() {
    }

    static void until(String what, Check check) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!holds(check)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Waited " + PATIENCE.toSeconds() + " s in vain until " + what);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static boolean holds(Check check) throws InterruptedException {
        try {
            return check.holds();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception notYet) {
            return false;
        }
    }

    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }
}
