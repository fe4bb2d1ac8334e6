package vn.phoihop.regulation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Working days as Vietnam counts them: Monday to Friday, less public holidays and their compensatory days, plus
 * any Saturday the government turns into a working day. Only years the data covers can be counted: a deadline
 * computed on guessed holidays would be wrong without anyone noticing.
 */
public final class WorkingDayCalendar {

    private final String name;

    private final Map<Integer, Year> years;

    public WorkingDayCalendar(String name, Map<Integer, Year> years) {
        this.name = Objects.requireNonNull(name, "name");
        this.years = Map.copyOf(years);
    }

    /** One year's days off and working weekend days. */
    public record Year(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {

        public Year {
            holidays = Set.copyOf(holidays);
            workingWeekends = Set.copyOf(workingWeekends);
        }

    }

    public String name() {
        return name;
    }

    public boolean isWorkingDay(LocalDate day) {
        Year year = year(day);
        if (year.workingWeekends().contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !year.holidays().contains(day);
    }

    /** The {@code workingDays}-th working day after {@code start}; {@code start} itself does not count. */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate day = start;
        for (int counted = 0; counted < workingDays;) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private Year year(LocalDate day) {
        Year year = years.get(day.getYear());
        if (year == null) {
            throw new IllegalStateException("The working-day calendar " + name + " has no data for " + day.getYear()
                    + "; add the year's public holidays to its file.");
        }
        return year;
    }

}
