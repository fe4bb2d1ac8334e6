package vn.phoihop.faults;

import java.time.Duration;

/** Waiting without the checked exception; an interrupt ends the wait and is kept for the caller to see. */
public final class Sleep {

    private Sleep() {
    }

    public static void through(Duration duration) {
        try {
            Thread.sleep(duration);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", ex);
        }
    }

}
