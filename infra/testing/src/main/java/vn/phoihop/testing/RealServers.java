package vn.phoihop.testing;

/**
 * The real servers of this test JVM, for {@code @DynamicPropertySource}: one Kafka broker and one PostgreSQL,
 * each started on first use and stopped when the JVM exits. From Testcontainers when a Docker engine is
 * reachable, otherwise local servers from Maven artifacts; never skipped.
 */
public final class RealServers {

    private RealServers() {
    }

    public static String kafkaBootstrapServers() {
        return Kafka.BOOTSTRAP_SERVERS;
    }

    /** A new, empty database with a unique name starting with the prefix. */
    public static Database newDatabase(String prefix) {
        return Postgres.SERVER.createDatabase(DatabaseNames.unique(prefix));
    }

    // holder classes: each server starts when first asked for, once, thread-safely

    private static final class Kafka {
        static final String BOOTSTRAP_SERVERS = ServerSource.CHOSEN.startKafka();
    }

    private static final class Postgres {
        static final PostgresServer SERVER = ServerSource.CHOSEN.startPostgres();
    }
}
