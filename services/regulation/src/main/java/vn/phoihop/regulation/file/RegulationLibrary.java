package vn.phoihop.regulation.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.Regulations;
import vn.phoihop.regulation.WorkingDayCalendar;

/**
 * Loads a board's regulations and the calendars they name. Calendars first, since a regulation names its
 * calendar; any problem in any file stops the load with every problem listed.
 */
public final class RegulationLibrary {

    /** The regulation and calendar shipped with the platform, on the classpath of every board. */
    public static final String DEFAULT_REGULATION = "phoihop/regulations/296-QC-BCSD-DUBKH-2013.1.yaml";

    public static final String DEFAULT_CALENDAR = "phoihop/calendars/vn-public-holidays.yaml";

    private final Map<String, WorkingDayCalendar> calendars = new LinkedHashMap<>();

    private final List<Regulation> regulations = new ArrayList<>();

    /** A source of a file's bytes, named for error messages. */
    @FunctionalInterface
    public interface Source {

        InputStream open() throws IOException;

    }

    public RegulationLibrary calendar(String name, Source source) {
        WorkingDayCalendar calendar = read(name, source, CalendarFile::read);
        calendars.put(calendar.name(), calendar);
        return this;
    }

    public RegulationLibrary regulation(String name, Source source) {
        regulations.add(read(name, source, (file, in) -> RegulationFile.read(file, in, calendars)));
        return this;
    }

    public Regulations build(String board) {
        return new Regulations(board, regulations);
    }

    /** The shipped regulation and calendar, read from the classpath. */
    public static Regulations defaults(String board) {
        ClassLoader loader = RegulationLibrary.class.getClassLoader();
        return new RegulationLibrary()
            .calendar(DEFAULT_CALENDAR, () -> loader.getResourceAsStream(DEFAULT_CALENDAR))
            .regulation(DEFAULT_REGULATION, () -> loader.getResourceAsStream(DEFAULT_REGULATION))
            .build(board);
    }

    private interface Reader<T> {

        T read(String name, InputStream in);

    }

    private static <T> T read(String name, Source source, Reader<T> reader) {
        try (InputStream in = source.open()) {
            if (in == null) {
                throw new InvalidRegulationFile(name, List.of("the file does not exist"));
            }
            return reader.read(name, in);
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read " + name, unreadable);
        }
        catch (org.yaml.snakeyaml.error.YAMLException notYaml) {
            throw new InvalidRegulationFile(name, List.of("not YAML: " + notYaml.getMessage()));
        }
    }

}
