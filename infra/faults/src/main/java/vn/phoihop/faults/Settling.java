package vn.phoihop.faults;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * After the last fault, events may still be on their way: committed and not yet relayed, or on the topic and not
 * yet applied. The history is judged once nothing is in flight, or once the patience is spent, in which case what
 * is still missing counts as lost.
 */
final class Settling {

    private static final Duration POLL = Duration.ofSeconds(2);

    private Settling() {
    }

    static History await(Cluster cluster, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        History history = History.read(cluster);
        while (inFlight(history) && System.nanoTime() < deadline) {
            Sleep.through(POLL);
            history = History.read(cluster);
        }
        return history;
    }

    private static boolean inFlight(History history) {
        for (String board : History.BOARDS) {
            Map<UUID, Integer> published = history.published().get(board);
            Set<UUID> applied = history.inbox().get(History.otherBoard(board));
            boolean unpublished = history.outbox().get(board).stream().anyMatch(event -> !published.containsKey(event.eventId()));
            if (unpublished || !applied.containsAll(published.keySet())) {
                return true;
            }
        }
        return false;
    }

}
