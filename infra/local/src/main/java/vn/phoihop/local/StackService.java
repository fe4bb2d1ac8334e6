package vn.phoihop.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.phoihop.servers.KafkaCredentials;

/**
 * A service of the stack: its executable jar, its port, its own database, the demo users it knows, and the
 * settings the local stack gives it on top of the contract's.
 */
record StackService(String name, Path jar, int port, String database, List<String> demoUsers, List<String> options) {

    StackService {
        demoUsers = List.copyOf(demoUsers);
        options = List.copyOf(options);
    }

    StackService onPort(int otherPort) {
        return new StackService(name, jar, otherPort, database, demoUsers, options);
    }

    URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    /**
     * The command-line arguments of the contract that point a service at its database and the broker, log it in to
     * the broker as {@code kafka}, then its {@code keys}: the key a board signs its checkpoints with, or the keyring
     * the audit checks them with.
     */
    List<String> arguments(String jdbcUrl, String username, String password, String kafkaBootstrapServers,
            KafkaCredentials kafka, List<String> keys) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password,
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers));
        arguments.addAll(kafkaLogin(kafka));
        arguments.addAll(keys);
        arguments.addAll(options);
        return List.copyOf(arguments);
    }

    /**
     * A board's Kafka clients are Spring Kafka's, which pass {@code spring.kafka.properties.*} to each of them; the
     * audit opens its own consumers with {@code phoihop.audit.kafka.*}.
     */
    private List<String> kafkaLogin(KafkaCredentials kafka) {
        String prefix = name.equals(Services.AUDIT) ? "--phoihop.audit.kafka." : "--spring.kafka.properties.";
        return kafka.clientSettings().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(setting -> prefix + setting.getKey() + "=" + setting.getValue())
                .toList();
    }
}
