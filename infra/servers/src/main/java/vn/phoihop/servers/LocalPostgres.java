package vn.phoihop.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 from the binaries in zonky's jar (as root it wraps them in {@code unshare -U}), configured
 * for Debezium: logical decoding and enough replication slots and WAL senders for one per test database.
 * The superuser {@code postgres} may replicate; authentication is {@code trust} on the loopback only.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);
    private static final String USERNAME = "postgres";
    // trust authentication ignores it, but JDBC users and Debezium expect one
    private static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private LocalPostgres(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** On a free port, in a temporary data directory deleted on stop. */
    public static LocalPostgres start() {
        return builder().start();
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists. Names are plain lower-case identifiers, never quoted. */
    public synchronized void createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case PostgreSQL identifier: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, PASSWORD)) {
            if (!exists(connection, name)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Fast shutdown: open sessions are ended, committed data stays. A temporary data directory is deleted. */
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop PostgreSQL on port " + port(), e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public static final class Builder {

        private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

        private Path dataDirectory;
        private int port;
        private Path logFile;
        private boolean stopAtJvmExit = true;
        private boolean durable;

        private Builder() {
        }

        /** Kept across restarts; a directory that already holds a cluster is started as it is. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** 0, the default, picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Where the server's own output goes; by default it is logged through SLF4J at INFO. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** Off for a caller that stops its servers itself, in an order of its own, when the JVM exits. */
        public Builder stopAtJvmExit(boolean stopAtJvmExit) {
            this.stopAtJvmExit = stopAtJvmExit;
            return this;
        }

        /**
         * Commits reach the disk before they are acknowledged. The embedded binaries default to fsync and
         * synchronous commit off, which suits throwaway test clusters but not data a user keeps, nor benchmarks
         * that claim durability.
         */
        public Builder durable() {
            this.durable = true;
            return this;
        }

        public LocalPostgres start() {
            QuietLogging.quietenServers();
            long started = System.nanoTime();
            boolean temporary = dataDirectory == null;
            Path directory = temporary ? Directories.createTemporary("phoihop-postgres") : dataDirectory.toAbsolutePath();
            try {
                if (!temporary) {
                    OrphanedPostmaster.stopIfAny(directory);
                }
                EmbeddedPostgres postgres = configure(directory, temporary).start();
                log.info("PostgreSQL on port {} with data in {} ready in {} ms", postgres.getPort(), directory,
                        Duration.ofNanos(System.nanoTime() - started).toMillis());
                return new LocalPostgres(postgres, directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start PostgreSQL in " + directory, e);
            }
        }

        private EmbeddedPostgres.Builder configure(Path directory, boolean temporary) throws IOException {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(temporary)
                    .setRegisterShutdownHook(stopAtJvmExit)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("wal_level", "logical")
                    .setServerConfig("max_replication_slots", "64")
                    .setServerConfig("max_wal_senders", "64");
            if (durable) {
                // given after the binaries' own -F, so these win
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            if (logFile != null) {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                builder.setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                        .setErrorRedirector(Redirect.appendTo(logFile.toFile()));
            }
            return builder;
        }
    }
}
