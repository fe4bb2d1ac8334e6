package vn.phoihop.faults;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;

import vn.phoihop.servers.LocalKafka;

/** Who may do what on the broker, and the settings each party connects with. */
final class KafkaAccess {

    private final Path credentials;

    KafkaAccess(Path credentials) {
        this.credentials = credentials;
    }

    LocalKafka.Builder secure(LocalKafka.Builder broker) {
        return broker;
    }

    List<String> boardArguments(String board) {
        return List.of();
    }

    List<String> auditArguments() {
        return List.of();
    }

    /** The suite's own reads of the history, as a super user. */
    Map<String, Object> harness(String bootstrapServers) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return settings;
    }

}
