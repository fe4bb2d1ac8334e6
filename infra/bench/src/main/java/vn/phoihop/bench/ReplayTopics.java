package vn.phoihop.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import vn.phoihop.events.Topics;

/**
 * The four topics the audit replays, as the boards have them: events in 3 partitions, checkpoints in 1, kept forever.
 * Segments roll by size only: the synthetic term's years arrive in a minute, and rolling one per week of record
 * timestamps, as by default, would measure segment rolls and small fetches instead of the broker and the consumer.
 */
final class ReplayTopics {

    static final List<String> EVENTS = List.of(Topics.CADRE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD_EVENTS);

    static final List<String> ALL = List.of(Topics.CADRE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD_EVENTS,
            Topics.CADRE_BOARD_CHECKPOINTS, Topics.EXECUTIVE_BOARD_CHECKPOINTS);

    private ReplayTopics() {
    }

    static void create(String bootstrapServers) {
        Map<String, String> settings = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                TopicConfig.SEGMENT_MS_CONFIG, Long.toString(Long.MAX_VALUE));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(ALL.stream()
                .map(topic -> new NewTopic(topic, Optional.of(EVENTS.contains(topic) ? 3 : 1), Optional.empty())
                    .configs(settings))
                .toList()).all().get();
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("cannot create the topics " + ALL, ex.getCause());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the topics", ex);
        }
    }
}
