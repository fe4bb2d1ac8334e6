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
import java.util.LinkedHashMap;
import java.util.Map;
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

    private final AutoCloseable server;
    private final int port;
    private final Path dataDirectory;
    private final boolean temporary;

    private LocalPostgres(AutoCloseable server, int port, Path dataDirectory, boolean temporary) {
        this.server = server;
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** On a free port, in a temporary data directory deleted on stop. */
    public static LocalPostgres start() {
        return builder().start();
    }

    public int port() {
        return port;
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
            server.close();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop PostgreSQL on port " + port(), e);
        }
        if (temporary && server instanceof SystemPostgres) {
            Directories.deleteRecursively(dataDirectory);
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
        private boolean systemBinaries;
        private final Map<String, String> extraSettings = new LinkedHashMap<>();

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

        /** A server setting beyond the defaults, e.g. {@code track_commit_timestamp} for a benchmark. */
        public Builder setting(String name, String value) {
            this.extraSettings.put(name, value);
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

        /**
         * Runs the PostgreSQL server installed on the machine (as an unprivileged user) instead of zonky's binaries.
         * {@link #start()} falls back to it by itself when zonky's binaries cannot run.
         */
        public Builder systemBinaries() {
            this.systemBinaries = true;
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
                LocalPostgres postgres = systemBinaries ? startSystem(directory, temporary)
                        : startZonkyOrSystem(directory, temporary);
                log.info("PostgreSQL on port {} with data in {} ready in {} ms", postgres.port(), directory,
                        Duration.ofNanos(System.nanoTime() - started).toMillis());
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start PostgreSQL in " + directory, e);
            }
        }

        private LocalPostgres startZonkyOrSystem(Path directory, boolean temporary) throws IOException {
            try {
                EmbeddedPostgres postgres = configure(directory, temporary).start();
                return new LocalPostgres(postgres, postgres.getPort(), directory, temporary);
            } catch (IOException | RuntimeException e) {
                log.warn("The embedded PostgreSQL binaries cannot run here ({}); using the system's", e.getMessage());
                return startSystem(directory, temporary);
            }
        }

        private LocalPostgres startSystem(Path directory, boolean temporary) throws IOException {
            int chosen = port == 0 ? FreePort.pick() : port;
            return new LocalPostgres(SystemPostgres.start(directory, chosen, settings()), chosen, directory, temporary);
        }

        private Map<String, String> settings() {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("wal_level", "logical");
            settings.put("max_replication_slots", "64");
            settings.put("max_wal_senders", "64");
            settings.put("max_connections", "300");
            if (!durable) {
                settings.put("fsync", "off");
                settings.put("synchronous_commit", "off");
            }
            settings.putAll(extraSettings);
            return settings;
        }

        private EmbeddedPostgres.Builder configure(Path directory, boolean temporary) throws IOException {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(temporary)
                    .setRegisterShutdownHook(stopAtJvmExit)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT);
            settings().forEach(builder::setServerConfig);
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
