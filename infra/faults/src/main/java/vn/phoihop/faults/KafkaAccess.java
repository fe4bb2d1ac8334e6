package vn.phoihop.faults;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;

import vn.phoihop.servers.BoardAcls;
import vn.phoihop.servers.KafkaUsers;
import vn.phoihop.servers.LocalKafka;

/**
 * The broker runs as in production: SCRAM logins and ACLs, each board writing only its own topics and the audit
 * only reading. The passwords are kept in files so that a restarted broker knows the same users.
 */
public final class KafkaAccess {

    private final KafkaUsers users;

    KafkaAccess(Path credentials) {
        this.users = KafkaUsers.keptIn(credentials, BoardAcls.PRINCIPALS);
    }

    LocalKafka.Builder secure(LocalKafka.Builder broker) {
        return broker.secured(this.users);
    }

    /** Kept by the broker across restarts; granting once is enough. */
    void grant(LocalKafka broker) {
        broker.grant(BoardAcls.of(""));
    }

    List<String> boardArguments(String board) {
        return arguments("--spring.kafka.properties.", board);
    }

    List<String> auditArguments() {
        return arguments("--phoihop.audit.kafka.", BoardAcls.AUDIT);
    }

    /** The suite's own reads of the history, as the super user. */
    public Map<String, Object> harness(String bootstrapServers) {
        Map<String, Object> settings = new HashMap<>(this.users.admin().clientSettings());
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return settings;
    }

    private List<String> arguments(String prefix, String principal) {
        return this.users.of(principal)
            .clientSettings()
            .entrySet()
            .stream()
            .map(setting -> prefix + setting.getKey() + "=" + setting.getValue())
            .toList();
    }

}
