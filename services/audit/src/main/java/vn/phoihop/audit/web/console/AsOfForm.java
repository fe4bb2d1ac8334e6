package vn.phoihop.audit.web.console;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The case page's "as of" picker: a local date and time, as {@code <input type="datetime-local">} sends it.
 *
 * @param asOf null when the page shows the case without a point in time
 */
public record AsOfForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime asOf) {

    /** The instant the picked wall-clock time is in {@code zone}. */
    Instant instantIn(ZoneId zone) {
        return this.asOf.atZone(zone).toInstant();
    }
}
