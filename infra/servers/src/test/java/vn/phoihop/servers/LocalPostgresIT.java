package vn.phoihop.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresIT {

    @TempDir
    Path directory;

    @Test
    void runsPostgresql17WithLogicalDecodingAndRoomForManySlots() throws SQLException {
        try (LocalPostgres postgres = LocalPostgres.start()) {
            postgres.createDatabase("settings");

            assertThat(query(postgres, "settings", "SHOW server_version")).startsWith("17.");
            assertThat(query(postgres, "settings", "SHOW wal_level")).isEqualTo("logical");
            assertThat(query(postgres, "settings", "SHOW max_replication_slots")).isEqualTo("64");
            assertThat(query(postgres, "settings", "SHOW max_wal_senders")).isEqualTo("64");
            assertThat(query(postgres, "settings",
                    "SELECT rolreplication FROM pg_roles WHERE rolname = current_user")).isEqualTo("t");
        }
    }

    @Test
    void aDurableClusterFlushesEveryCommitToDisk() throws SQLException {
        try (LocalPostgres postgres = LocalPostgres.builder().durable().start()) {
            postgres.createDatabase("durable");

            assertThat(query(postgres, "durable", "SHOW fsync")).isEqualTo("on");
            assertThat(query(postgres, "durable", "SHOW synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void fallsBackToTheSystemsPostgresqlRunAsAnUnprivilegedUser() throws SQLException {
        try (LocalPostgres postgres = LocalPostgres.builder().systemBinaries().start()) {
            postgres.createDatabase("fallback");

            assertThat(query(postgres, "fallback", "SHOW wal_level")).isEqualTo("logical");
            assertThat(query(postgres, "fallback",
                    "SELECT rolreplication FROM pg_roles WHERE rolname = current_user")).isEqualTo("t");
            assertThat(query(postgres, "fallback", "SHOW data_directory"))
                    .isEqualTo(postgres.dataDirectory().toString());
        }
    }

    @Test
    void createDatabaseIsIdempotent() throws SQLException {
        try (LocalPostgres postgres = LocalPostgres.start()) {
            postgres.createDatabase("cases");
            postgres.createDatabase("cases");

            assertThat(query(postgres, "cases", "SELECT current_database()")).isEqualTo("cases");
        }
    }

    @Test
    void refusesDatabaseNamesThatWouldNeedQuoting() {
        try (LocalPostgres postgres = LocalPostgres.start()) {
            assertThatThrownBy(() -> postgres.createDatabase("x; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aRestartOnTheSameDataDirectoryKeepsTheData() throws SQLException {
        Path data = directory.resolve("postgres");
        try (LocalPostgres postgres = LocalPostgres.builder().dataDirectory(data).start()) {
            postgres.createDatabase("kept");
            update(postgres, "kept", "CREATE TABLE note (text varchar NOT NULL)");
            update(postgres, "kept", "INSERT INTO note VALUES ('Bổ nhiệm')");
        }

        try (LocalPostgres postgres = LocalPostgres.builder().dataDirectory(data).start()) {
            assertThat(query(postgres, "kept", "SELECT text FROM note")).isEqualTo("Bổ nhiệm");
        }
    }

    @Test
    void listensOnTheGivenPortAndWritesItsOutputToTheGivenLog() throws SQLException {
        int port = FreePort.pick();
        Path log = directory.resolve("logs/postgres.log");
        try (LocalPostgres postgres = LocalPostgres.builder().port(port).logFile(log).start()) {
            assertThat(postgres.jdbcUrl("postgres")).isEqualTo("jdbc:postgresql://localhost:" + port + "/postgres");
            assertThat(query(postgres, "postgres", "SELECT 1")).isEqualTo("1");
        }
        assertThat(log).content().contains("database system is ready to accept connections");
    }

    private static String query(LocalPostgres postgres, String database, String sql) throws SQLException {
        try (Connection connection = connect(postgres, database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void update(LocalPostgres postgres, String database, String sql) throws SQLException {
        try (Connection connection = connect(postgres, database);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(LocalPostgres postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
