package vn.phoihop.regulation.file;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import vn.phoihop.regulation.WorkingDayCalendar;

/** Reads a working-day calendar: per year, the named holidays (their days off) and the working weekend days. */
final class CalendarFile {

    private CalendarFile() {
    }

    static WorkingDayCalendar read(String source, InputStream in) {
        List<String> problems = new ArrayList<>();
        Node root = Node.root(yaml().load(in), problems);
        root.onlyKeys(Set.of("name", "years"));
        String name = root.require("name").text().orElse(source);
        Map<Integer, WorkingDayCalendar.Year> years = new HashMap<>();
        root.require("years").entries().forEach((key, year) -> {
            Integer number = parseYear(key, year, problems);
            year.onlyKeys(Set.of("holidays", "workingWeekends"));
            Set<LocalDate> holidays = new HashSet<>();
            for (Node holiday : year.require("holidays").items()) {
                holiday.onlyKeys(Set.of("name", "days"));
                holiday.require("name").text();
                for (Node day : holiday.require("days").items()) {
                    day.date().ifPresent(date -> {
                        inYear(day, date, number);
                        holidays.add(date);
                    });
                }
            }
            Set<LocalDate> working = new HashSet<>();
            for (Node day : year.get("workingWeekends").items()) {
                day.date().ifPresent(date -> {
                    inYear(day, date, number);
                    if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        day.problem(day.path(), date + " is not a Saturday or Sunday");
                    }
                    working.add(date);
                });
            }
            if (number != null) {
                years.put(number, new WorkingDayCalendar.Year(holidays, working));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidRegulationFile(source, problems);
        }
        return new WorkingDayCalendar(name, years);
    }

    private static Integer parseYear(String key, Node year, List<String> problems) {
        try {
            return Integer.valueOf(key);
        }
        catch (NumberFormatException notAYear) {
            problems.add(year.path() + ": '" + key + "' is not a year");
            return null;
        }
    }

    private static void inYear(Node day, LocalDate date, Integer year) {
        if (year != null && date.getYear() != year) {
            day.problem(day.path(), date + " is not in " + year);
        }
    }

    static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

}
