package vn.phoihop.simulation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Look-ups in what the boards published, for the oracles. */
final class History {

    private History() {
    }

    static Optional<Message> find(List<Message> outbox, UUID eventId) {
        return eventId == null ? Optional.empty()
                : outbox.stream().filter(m -> m.eventId().equals(eventId)).findFirst();
    }

    static <T> Optional<T> find(List<Message> outbox, UUID eventId, Class<T> type) {
        return find(outbox, eventId).map(Message::event).filter(type::isInstance).map(type::cast);
    }

    static <T> List<T> of(List<Message> outbox, UUID caseId, Class<T> type) {
        return outbox.stream()
            .filter(m -> m.caseId().equals(caseId))
            .map(Message::event)
            .filter(type::isInstance)
            .map(type::cast)
            .toList();
    }

    static int caseNo(UUID caseId) {
        return (int) caseId.getLeastSignificantBits() - 1;
    }

}
