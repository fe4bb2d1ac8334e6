package vn.phoihop.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The containers are never stopped by hand: Testcontainers' Ryuk removes them when the JVM exits. */
final class ContainerServers implements ServerSource {

    private static final String KAFKA_IMAGE = "apache/kafka:4.2.1";
    private static final String POSTGRES_IMAGE = "postgres:17";

    @Override
    @SuppressWarnings("resource")
    public String startKafka() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                // as the local broker: the services' topics have 3 partitions and keep history
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_LOG_RETENTION_MS", "-1");
        kafka.start();
        return kafka.getBootstrapServers();
    }

    @Override
    @SuppressWarnings("resource")
    public PostgresServer startPostgres() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withCommand("postgres", "-c", "wal_level=logical", "-c", "max_replication_slots=64",
                        "-c", "max_wal_senders=64", "-c", "max_connections=300", "-c", "fsync=off");
        postgres.start();
        return name -> create(postgres, name);
    }

    private static Database create(PostgreSQLContainer postgres, String name) {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(),
                postgres.getPassword()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        String url = "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/" + name;
        return new Database(name, url, postgres.getUsername(), postgres.getPassword());
    }
}
