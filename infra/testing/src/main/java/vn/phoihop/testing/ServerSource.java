package vn.phoihop.testing;

import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/** Where this test JVM gets its servers from; decided once. */
interface ServerSource {

    ServerSource CHOSEN = choose();

    String startKafka();

    PostgresServer startPostgres();

    private static ServerSource choose() {
        var log = LoggerFactory.getLogger(RealServers.class);
        if (DockerClientFactory.instance().isDockerAvailable()) {
            log.info("Real servers: Kafka and PostgreSQL from Testcontainers (a Docker engine is reachable)");
            return new ContainerServers();
        }
        log.info("Real servers: local Kafka and PostgreSQL from Maven artifacts (no Docker engine reachable, "
                + "so Testcontainers' complaint about a missing Docker environment is expected)");
        return new LocalServers();
    }
}
