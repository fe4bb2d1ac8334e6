package vn.phoihop.audit.pointintime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.history.HistoryEvent;

/**
 * How one board stood on the case at the instant of the view.
 *
 * @param board the producer name, {@code cadre-board} or {@code executive-board}
 * @param proposalVersion the version it was working on; 0 before its first event
 * @param dueDate the latest date by which the opinion was due, as this board knew it; null before any
 * @param events its own events that had occurred by then, in its order
 * @param received the other board's events the broker had taken by then, in the order they were taken
 */
public record BoardAsOf<S extends Enum<S>>(String board, S status, int proposalVersion, LocalDate dueDate,
        List<EventSummary> events, List<ReceivedEvent> received) {

    public BoardAsOf {
        events = List.copyOf(events);
        received = List.copyOf(received);
    }

    /**
     * What {@code board} had done and could read at {@code asOf}: its own events that had occurred, the other
     * board's that the broker had taken, and its status replayed over both.
     */
    static <S extends Enum<S>> BoardAsOf<S> of(CaseHistory history, String board, Instant asOf,
            Function<List<HistoryEvent>, Standing<S>> replay) {
        List<HistoryEvent> seen = history.events()
            .stream()
            .filter(event -> event.producer().equals(board) ? !event.occurredAt().isAfter(asOf)
                    : !event.brokerTime().isAfter(asOf))
            .toList();
        List<HistoryEvent> own = seen.stream().filter(event -> event.producer().equals(board)).toList();
        List<HistoryEvent> received = seen.stream().filter(event -> !event.producer().equals(board)).toList();
        Map<String, String> answers = Acknowledgements.of(own, received);
        Standing<S> standing = replay.apply(seen);
        return new BoardAsOf<>(board, standing.status(), standing.proposalVersion(), standing.dueDate(),
                own.stream().map(event -> EventSummary.of(event, asOf)).toList(),
                received.stream()
                    .map(event -> new ReceivedEvent(EventSummary.of(event, asOf), answers.get(event.eventId())))
                    .toList());
    }

    /** What the board could read but had not yet answered or named in an event of its own. */
    public List<ReceivedEvent> unacknowledged() {
        return this.received.stream().filter(event -> !event.acknowledged()).toList();
    }
}
