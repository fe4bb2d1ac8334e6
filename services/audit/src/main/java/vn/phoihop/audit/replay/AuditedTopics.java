package vn.phoihop.audit.replay;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.phoihop.events.Topics;

/**
 * The topics an audit reads and the board that owns each: a board's events and its checkpoints. A cluster shared by
 * several environments may prefix the contract's topic names (e.g. {@code staging.}); the audit reads them the same.
 */
public final class AuditedTopics {

    public static final List<String> BOARDS = List.of(Topics.CADRE_BOARD, Topics.EXECUTIVE_BOARD);

    public static final AuditedTopics CONTRACT = withPrefix("");

    private final Map<String, String> events;

    private final Map<String, String> checkpoints;

    private AuditedTopics(Map<String, String> events, Map<String, String> checkpoints) {
        this.events = events;
        this.checkpoints = checkpoints;
    }

    public static AuditedTopics withPrefix(String prefix) {
        return new AuditedTopics(
                Map.of(prefix + Topics.CADRE_BOARD_EVENTS, Topics.CADRE_BOARD,
                        prefix + Topics.EXECUTIVE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD),
                Map.of(prefix + Topics.CADRE_BOARD_CHECKPOINTS, Topics.CADRE_BOARD,
                        prefix + Topics.EXECUTIVE_BOARD_CHECKPOINTS, Topics.EXECUTIVE_BOARD));
    }

    public List<String> all() {
        return Stream.concat(this.events.keySet().stream(), this.checkpoints.keySet().stream())
            .sorted()
            .toList();
    }

    /** The board whose events the topic carries, if it is an events topic. */
    public Optional<String> eventsOwner(String topic) {
        return Optional.ofNullable(this.events.get(topic));
    }

    /** The board whose checkpoints the topic carries, if it is a checkpoints topic. */
    public Optional<String> checkpointsOwner(String topic) {
        return Optional.ofNullable(this.checkpoints.get(topic));
    }
}
