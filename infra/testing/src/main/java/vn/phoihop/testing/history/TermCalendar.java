package vn.phoihop.testing.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.random.RandomGenerator;

import vn.phoihop.regulation.WorkingDayCalendar;

/**
 * When things happen in the synthetic term: on the regulation's working days, in office hours in Hanoi. The cases
 * arrive evenly spread over the term's office hours, however many there are. The term lies in the past, as a history
 * does: a broker refuses records stamped more than an hour ahead of its clock.
 */
final class TermCalendar {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 2);

    // the last cases still need a few weeks of working days after their request
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

    private static final LocalTime OPENS = LocalTime.of(8, 0);

    private static final long OFFICE_MILLIS = Duration.ofHours(9).toMillis();

    private final WorkingDayCalendar calendar;

    private final List<LocalDate> workingDays;

    private final double arrivalSpacingMillis;

    TermCalendar(WorkingDayCalendar calendar, long cases) {
        this.calendar = calendar;
        this.workingDays = FIRST_DAY.datesUntil(LAST_DAY.plusDays(1)).filter(calendar::isWorkingDay).toList();
        this.arrivalSpacingMillis = (double) workingDays.size() * OFFICE_MILLIS / Math.max(1, cases);
    }

    /** When the request of the {@code caseNumber}-th case leaves the cadre board; {@code jitter} in [0, 1). */
    Instant arrival(long caseNumber, double jitter) {
        long officeMillis = (long) ((caseNumber + jitter) * arrivalSpacingMillis);
        LocalDate day = workingDays.get((int) (officeMillis / OFFICE_MILLIS));
        return opening(day).plusMillis(officeMillis % OFFICE_MILLIS);
    }

    /** Some moment of office hours on {@code day}. */
    Instant during(LocalDate day, RandomGenerator random) {
        return opening(day).plusMillis(random.nextLong(OFFICE_MILLIS));
    }

    LocalDate plusWorkingDays(LocalDate day, int workingDays) {
        return calendar.plusWorkingDays(day, workingDays);
    }

    static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, VIETNAM);
    }

    private static Instant opening(LocalDate day) {
        return day.atTime(OPENS).atZone(VIETNAM).toInstant();
    }
}
