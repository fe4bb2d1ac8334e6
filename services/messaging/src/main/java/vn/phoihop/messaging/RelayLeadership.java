package vn.phoihop.messaging;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Leadership among the relays of one database: a session-level advisory lock, held on a connection of its own
 * for as long as this relay leads. PostgreSQL frees the lock when the session ends, so a crashed leader's lock
 * passes to a standby without anyone cleaning up.
 */
final class RelayLeadership {

    private final RelayDatabase database;

    private final String lockName;

    private Connection connection;

    RelayLeadership(RelayDatabase database, String slotName) {
        this.database = database;
        this.lockName = "phoihop-outbox-relay:" + slotName;
    }

    synchronized boolean tryAcquire() throws SQLException {
        if (this.connection == null || !this.connection.isValid(2)) {
            release();
            this.connection = connect();
        }
        try (PreparedStatement lock = this.connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, this.lockName);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** False once the session that holds the lock is gone, and with it the lock. */
    synchronized boolean held() throws SQLException {
        return this.connection != null && this.connection.isValid(2);
    }

    synchronized void release() {
        if (this.connection == null) {
            return;
        }
        try {
            this.connection.close();
        }
        catch (SQLException ex) {
            // the session is gone either way, and the lock with it
        }
        this.connection = null;
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", this.database.username());
        if (this.database.password() != null) {
            properties.setProperty("password", this.database.password());
        }
        properties.setProperty("ApplicationName", "outbox relay leadership");
        return DriverManager.getConnection(this.database.jdbcUrl(), properties);
    }

}
