package vn.phoihop.bench.cycles;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Transactions committed by the boards' databases, as PostgreSQL counts them ({@code pg_stat_database}): every
 * commit, reads included, which is what the bare JDBC ceiling is compared with. The server publishes its counts
 * about once a second, so a window of tens of seconds is counted to within a few percent.
 */
final class DatabaseActivity {

    private final String jdbcUrl;

    private final String user;

    private final String password;

    DatabaseActivity(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    long commits() {
        try (Connection connection = DriverManager.getConnection(this.jdbcUrl, this.user, this.password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select coalesce(sum(xact_commit), 0) from pg_stat_database
                        where datname in ('cadre_board', 'executive_board')""")) {
            rows.next();
            return rows.getLong(1);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot read the databases' commit counts", ex);
        }
    }

}
