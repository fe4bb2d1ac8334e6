package vn.phoihop.executiveboard.consultations.adapter.in.console;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One step of a consultation's timeline. {@code what} is a message key, {@code detail} its argument;
 * {@code at} is null for the cadre board's steps, of which this board keeps only the date. {@code actor} is the
 * user who acted here, null when the board acted on its own; the cadre board's users are not kept here.
 */
record TimelineEntry(LocalDate day, LocalDateTime at, String what, Object detail, String actor, boolean otherBoard) {

    static TimelineEntry here(LocalDateTime at, String what, Object detail, String actor) {
        return new TimelineEntry(at.toLocalDate(), at, what, detail, actor, false);
    }

    static TimelineEntry cadreBoard(LocalDate day, String what, Object detail) {
        return new TimelineEntry(day, null, what, detail, null, true);
    }

}
