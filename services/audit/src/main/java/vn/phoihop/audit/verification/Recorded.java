package vn.phoihop.audit.verification;

import java.time.LocalDate;
import java.util.Optional;

import vn.phoihop.audit.history.HistoryEvent;

/**
 * An event of the case where the history holds it. Positions order both boards' events by broker time, and each
 * board's own events in the order it produced them, so "before" is what the other board could have seen.
 */
record Recorded<E>(E event, HistoryEvent record, int position) {

    String eventId() {
        return this.record.eventId();
    }

    String type() {
        return this.record.type();
    }

    long sequence() {
        return this.record.envelope().getSequence();
    }

    boolean before(Recorded<?> other) {
        return this.position < other.position;
    }

    /** The day in Vietnam on which the board committed the event: its "today" when it produced it. */
    LocalDate producedOn() {
        return BoardDates.dayOf(this.record.occurredAt());
    }

    // the event already is a T, so this very record is a Recorded<T>: no copy for every check that asks
    @SuppressWarnings("unchecked")
    <T> Optional<Recorded<T>> as(Class<T> type) {
        return type.isInstance(this.event) ? Optional.of((Recorded<T>) this) : Optional.empty();
    }

    @Override
    public String toString() {
        return type() + " " + eventId();
    }
}
