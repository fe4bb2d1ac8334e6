package vn.phoihop.audit.pointintime;

import java.time.Instant;

import org.apache.avro.Schema;

import vn.phoihop.audit.history.HistoryEvent;

/**
 * One event of the case as the view lists it.
 *
 * @param proposalVersion the version the event concerns; every case event names one
 * @param published whether the broker had taken it by the instant of the view, so that the other board could read it
 */
public record EventSummary(String eventId, String type, long sequence, int proposalVersion, Instant occurredAt,
        Instant brokerTime, boolean published) {

    static EventSummary of(HistoryEvent event, Instant asOf) {
        return new EventSummary(event.eventId(), event.type(), event.envelope().getSequence(), versionOf(event),
                event.occurredAt(), event.brokerTime(), !event.brokerTime().isAfter(asOf));
    }

    static int versionOf(HistoryEvent event) {
        Schema.Field field = event.event().getSchema().getField("proposalVersion");
        return field == null ? 0 : (Integer) event.event().get(field.pos());
    }
}
