package vn.phoihop.cadreboard.cases.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counts working days as Monday to Friday. Public holidays come with the regulation's calendar; until then a
 * deadline may fall on a holiday, never on a weekend.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    static LocalDate after(LocalDate start, int workingDays) {
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

}
