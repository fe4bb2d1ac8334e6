package vn.phoihop.audit.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every event of one case that the history holds, from both boards. Each board's events are in the order of its
 * topic's partition, which is the order the board produced them; the two boards' events are interleaved by broker
 * time, the order in which each could have seen the other's.
 */
public final class CaseHistory {

    private final String caseId;

    private final List<HistoryEvent> events = new ArrayList<>();

    public CaseHistory(String caseId) {
        this.caseId = caseId;
    }

    public static CaseHistory of(String caseId, List<HistoryEvent> events) {
        CaseHistory history = new CaseHistory(caseId);
        events.forEach(history::add);
        return history;
    }

    /** Adds an event read after every event already added from the same topic. */
    public void add(HistoryEvent event) {
        if (!event.caseId().equals(this.caseId)) {
            throw new IllegalArgumentException(event + " belongs to case " + event.caseId() + ", not " + this.caseId);
        }
        int at = this.events.size();
        // keeps each topic's order and places the event after everything the broker took before it
        while (at > 0 && !this.events.get(at - 1).topic().equals(event.topic())
                && this.events.get(at - 1).brokerTime().isAfter(event.brokerTime())) {
            at--;
        }
        this.events.add(at, event);
    }

    public String caseId() {
        return this.caseId;
    }

    public List<HistoryEvent> events() {
        return List.copyOf(this.events);
    }

    /** The events one board produced, in its order. */
    public List<HistoryEvent> producedBy(String producer) {
        return this.events.stream().filter(event -> event.producer().equals(producer)).toList();
    }

    /** The events of one type, in history order. */
    public <E> List<E> all(Class<E> type) {
        return this.events.stream().map(HistoryEvent::event).filter(type::isInstance).map(type::cast).toList();
    }

    public <E> Optional<E> first(Class<E> type) {
        return all(type).stream().findFirst();
    }

    public Optional<HistoryEvent> find(String eventId) {
        return this.events.stream().filter(event -> event.eventId().equals(eventId)).findFirst();
    }

    @Override
    public String toString() {
        return "case " + this.caseId + " " + this.events;
    }
}
