package vn.phoihop.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one clock of a run: the calendar day both boards see (it only moves forward) and a tick that orders every
 * step, publication and delivery.
 */
final class Clock {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private LocalDate today;

    private long tick;

    Clock(LocalDate start) {
        this.today = start;
    }

    LocalDate today() {
        return today;
    }

    Instant now() {
        return today.atTime(9, 0).atZone(VIETNAM).toInstant().plusSeconds(tick);
    }

    long tick() {
        return ++tick;
    }

    void advance(int days) {
        today = today.plusDays(days);
    }

}
