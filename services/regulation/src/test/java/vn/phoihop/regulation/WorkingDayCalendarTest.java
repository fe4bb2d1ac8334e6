package vn.phoihop.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.phoihop.regulation.file.RegulationLibrary;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar vietnam = RegulationLibrary.defaults("test")
        .require("296-QC/BCSĐ-ĐUBKH", "2013.1")
        .calendar();

    @Test
    void tetAndHungKingsDayAreNotWorkingDays() {
        assertThat(vietnam.isWorkingDay(LocalDate.of(2026, 2, 17))).as("Tết 2026").isFalse();
        assertThat(vietnam.isWorkingDay(LocalDate.of(2026, 2, 20))).as("4th day of Tết 2026").isFalse();
        assertThat(vietnam.isWorkingDay(LocalDate.of(2025, 4, 7))).as("Hùng Kings' day 2025").isFalse();
        assertThat(vietnam.isWorkingDay(LocalDate.of(2014, 9, 2))).as("National Day").isFalse();
        assertThat(vietnam.isWorkingDay(LocalDate.of(2026, 2, 24))).as("an ordinary Tuesday").isTrue();
    }

    @Test
    void countsAcrossWeekendsAndHolidays() {
        // Friday 13 Feb 2026; then the weekend, Tết from Mon 16th (eve) to Fri 20th, another weekend
        assertThat(vietnam.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(vietnam.plusWorkingDays(LocalDate.of(2026, 2, 13), 10)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(vietnam.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 6))).isEqualTo(10);
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        WorkingDayCalendar calendar = new WorkingDayCalendar("test",
                Map.of(2026, new WorkingDayCalendar.Year(Set.of(), Set.of(saturday))));

        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(saturday);
    }

    @Test
    void refusesToCountAYearItHasNoDataFor() {
        assertThatThrownBy(() -> vietnam.plusWorkingDays(LocalDate.of(2030, 12, 30), 5))
            .hasMessageContaining("no data for 2031");
    }

}
