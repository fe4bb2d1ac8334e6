package vn.phoihop.audit.web.console;

import java.time.Instant;

import vn.phoihop.audit.history.HistoryEvent;

/**
 * One event of a board's column on the case page.
 *
 * @param actor the signed-in user whose request the board acted on; null when the board acted on its own
 * @param brokerTime when the broker took it, from which the other board could read it
 */
public record TimelineEntry(String eventId, String type, long sequence, Instant occurredAt, Instant brokerTime,
        String actor) {

    static TimelineEntry of(HistoryEvent event) {
        return new TimelineEntry(event.eventId(), event.type(), event.envelope().getSequence(), event.occurredAt(),
                event.brokerTime(), event.envelope().getActor());
    }
}
