package vn.phoihop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.phoihop.bench.PostgresCeiling.Variant;
import vn.phoihop.servers.LocalPostgres;

/** Both variants briefly on a durable server: what they count is what they committed, and they leave nothing. */
class PostgresCeilingIT {

    private static final String DATABASE = "ceiling";

    private static LocalPostgres postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = LocalPostgres.builder().durable().start();
        postgres.createDatabase(DATABASE);
    }

    @AfterAll
    static void stopPostgres() {
        postgres.stop();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    @Timeout(30)
    void countsOnlyCommittedTransactionsAndDropsItsTables(Variant variant) throws SQLException {
        PostgresCeiling.Run run = PostgresCeiling.run(postgres.jdbcUrl(DATABASE), postgres.username(),
                postgres.password(), variant, 4, Duration.ofSeconds(2));

        PostgresCeiling.Result result = run.result();
        System.out.printf("PostgreSQL ceiling, %s, %d threads: %,.0f tx/s (%,d in %.1f s), p50 %.2f ms, p99 %.2f ms,"
                + " %s%n", result.variant(), result.threads(), result.transactionsPerSecond(), result.transactions(),
                result.seconds(), result.p50Millis(), result.p99Millis(), result.durability());
        assertThat(result.transactions()).isPositive();
        assertThat(result.transactionsPerSecond()).isEqualTo(result.transactions() / 2.0);
        assertThat(result.p99Millis()).isGreaterThanOrEqualTo(result.p50Millis()).isPositive();
        assertThat(result.durability()).isEqualTo("fsync=on, synchronous_commit=on");
        assertThat(run.committed()).isGreaterThan(result.transactions());
        assertThat(run.outboxRows()).isEqualTo(run.committed());
        assertThat(tablesLeft()).isZero();
    }

    private static int tablesLeft() throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(),
                postgres.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from pg_tables where tablename like 'ceiling\\_%'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
