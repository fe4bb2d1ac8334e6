package vn.phoihop.audit.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as both boards count them: the calendar day in Vietnam, wherever the servers run. */
final class BoardDates {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private BoardDates() {
    }

    static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, VIETNAM);
    }
}
