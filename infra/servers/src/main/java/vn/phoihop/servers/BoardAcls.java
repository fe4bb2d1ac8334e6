package vn.phoihop.servers;

import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import vn.phoihop.events.Topics;

/**
 * Who may do what on the project's topics: the single table the local stack, the tests and docs/security.md share.
 * A board writes only its own topics and reads the other board's events; the audit only reads. READ and WRITE imply
 * DESCRIBE. WRITE on a topic is also all an idempotent producer needs (KIP-679), so nobody gets IDEMPOTENT_WRITE.
 */
public final class BoardAcls {

    /** The audit's principal; a board's is its producer name, e.g. {@value Topics#CADRE_BOARD}. */
    public static final String AUDIT = "audit";

    public static final List<String> PRINCIPALS = List.of(Topics.CADRE_BOARD, Topics.EXECUTIVE_BOARD, AUDIT);

    private BoardAcls() {
    }

    /**
     * @param topicPrefix what a cluster shared by several environments or test runs puts before the contract's topic
     *     names, e.g. {@code run42-}; empty for none
     */
    public static List<AclBinding> of(String topicPrefix) {
        return Stream.of(
                board(Topics.CADRE_BOARD, topicPrefix + Topics.EXECUTIVE_BOARD_EVENTS, topicPrefix),
                board(Topics.EXECUTIVE_BOARD, topicPrefix + Topics.CADRE_BOARD_EVENTS, topicPrefix),
                audit(topicPrefix)).flatMap(List::stream).toList();
    }

    /**
     * Everything under {@code phoihop.<board>.}, where the contract puts a board's events, checkpoints and dead
     * letters: it declares them (CREATE), publishes (WRITE) and lists its own dead letters (READ). Of the other
     * board it reads the events, in the consumer group named after itself.
     */
    private static List<AclBinding> board(String board, String inboundTopic, String topicPrefix) {
        ResourcePattern own = new ResourcePattern(ResourceType.TOPIC, topicPrefix + "phoihop." + board + ".",
                PatternType.PREFIXED);
        ResourcePattern inbound = new ResourcePattern(ResourceType.TOPIC, inboundTopic, PatternType.LITERAL);
        ResourcePattern group = new ResourcePattern(ResourceType.GROUP, board, PatternType.LITERAL);
        return List.of(
                allow(board, own, AclOperation.CREATE),
                allow(board, own, AclOperation.WRITE),
                allow(board, own, AclOperation.READ),
                allow(board, inbound, AclOperation.READ),
                allow(board, group, AclOperation.READ));
    }

    /** Both boards' events and checkpoints, read by partition assignment: no consumer group, nothing written. */
    private static List<AclBinding> audit(String topicPrefix) {
        return Stream.of(Topics.CADRE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD_EVENTS, Topics.CADRE_BOARD_CHECKPOINTS,
                        Topics.EXECUTIVE_BOARD_CHECKPOINTS)
                .map(topic -> allow(AUDIT, new ResourcePattern(ResourceType.TOPIC, topicPrefix + topic,
                        PatternType.LITERAL), AclOperation.READ))
                .toList();
    }

    private static AclBinding allow(String principal, ResourcePattern resource, AclOperation operation) {
        return new AclBinding(resource, new AccessControlEntry("User:" + principal, "*", operation,
                AclPermissionType.ALLOW));
    }
}
