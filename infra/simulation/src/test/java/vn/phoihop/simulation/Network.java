package vn.phoihop.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.UUID;

/**
 * The messages between the boards: in flight (in the order they were sent), delivered at least once, and
 * dead-lettered (refused by the receiving board the last time they came).
 */
final class Network {

    private final Delivery delivery;

    private final List<Message> inFlight = new ArrayList<>();

    private final List<Message> delivered = new ArrayList<>();

    private final SequencedSet<Message> deadLetters = new LinkedHashSet<>();

    Network(Delivery delivery) {
        this.delivery = delivery;
    }

    Delivery delivery() {
        return delivery;
    }

    void send(Message message) {
        inFlight.add(message);
    }

    Optional<Message> oldest(Direction direction) {
        return inFlight.stream().filter(m -> m.direction() == direction).findFirst();
    }

    Optional<Message> oldest() {
        return inFlight.stream().findFirst();
    }

    /**
     * Another message than the oldest in that direction, counting from the newest. Ordered per case: the oldest
     * message of one of the cases with messages in flight (Kafka keeps the order of a key). Unordered: any message
     * in flight.
     */
    Optional<Message> outOfOrder(Direction direction, int pick) {
        List<Message> candidates = inFlight.stream().filter(m -> m.direction() == direction).toList();
        if (delivery == Delivery.ORDERED_PER_CASE) {
            List<UUID> seen = new ArrayList<>();
            candidates = candidates.stream().filter(m -> !seen.contains(m.caseId()) && seen.add(m.caseId())).toList();
        }
        return candidates.isEmpty() ? Optional.empty()
                : Optional.of(candidates.reversed().get(pick % candidates.size()));
    }

    Optional<Message> again(Direction direction, int pick) {
        List<Message> candidates = delivered.stream().filter(m -> m.direction() == direction).toList();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(pick % candidates.size()));
    }

    /** The message arrives: it leaves the flight, and its outcome decides whether it stays dead-lettered. */
    void arrived(Message message, boolean refused) {
        inFlight.remove(message);
        if (!delivered.contains(message)) {
            delivered.add(message);
        }
        if (refused) {
            deadLetters.add(message);
        }
        else {
            deadLetters.remove(message);
        }
    }

    boolean quiet() {
        return inFlight.isEmpty();
    }

    List<Message> inFlight() {
        return Collections.unmodifiableList(inFlight);
    }

    SequencedSet<Message> deadLetters() {
        return Collections.unmodifiableSequencedSet(deadLetters);
    }

}
