package vn.phoihop.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** A service of the stack: its executable jar, its port, its own database and the demo users it knows. */
record StackService(String name, Path jar, int port, String database, List<String> demoUsers) {

    URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    /** The command-line arguments of the contract that point a service at its database and the broker. */
    List<String> arguments(String jdbcUrl, String username, String password, String kafkaBootstrapServers) {
        return List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password,
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers);
    }
}
