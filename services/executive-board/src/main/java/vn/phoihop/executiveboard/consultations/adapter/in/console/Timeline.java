package vn.phoihop.executiveboard.consultations.adapter.in.console;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.phoihop.executiveboard.consultations.application.PublishedEvent;
import vn.phoihop.executiveboard.consultations.domain.Closure;
import vn.phoihop.executiveboard.consultations.domain.ConsultationState;
import vn.phoihop.executiveboard.consultations.domain.InformationExchange;

/**
 * What happened on a consultation: this board's steps from the events it published, which name the acting user,
 * and the cadre board's steps from the consultation's state, which keeps their dates but not who acted there.
 */
final class Timeline {

    private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::day)
        .thenComparing(TimelineEntry::at, Comparator.nullsFirst(Comparator.naturalOrder()));

    private Timeline() {
    }

    static List<TimelineEntry> of(ConsultationState state, List<PublishedEvent> published, ZoneId zone) {
        List<TimelineEntry> entries = new ArrayList<>();
        if (state.request().requestDate() != null) {
            entries.add(TimelineEntry.cadreBoard(state.request().requestDate(), "timeline.requested",
                    state.request().proposalVersion()));
        }
        for (InformationExchange exchange : state.information()) {
            if (exchange.suppliedOn() != null) {
                entries.add(TimelineEntry.cadreBoard(exchange.suppliedOn(), "timeline.informationSupplied",
                        exchange.answers().size()));
            }
        }
        Closure closure = state.closure();
        if (closure != null && closure.on() != null) {
            entries.add(TimelineEntry.cadreBoard(closure.on(), "timeline.closed." + closure.by(),
                    closure.documentNumber()));
        }
        for (PublishedEvent event : published) {
            entries.add(TimelineEntry.here(LocalDateTime.ofInstant(event.occurredAt(), zone),
                    "timeline.event." + event.type(), event.sequence(), event.actor()));
        }
        entries.sort(ORDER);
        return entries;
    }

}
