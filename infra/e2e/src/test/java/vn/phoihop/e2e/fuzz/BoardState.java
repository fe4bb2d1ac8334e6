package vn.phoihop.e2e.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.phoihop.testing.Database;

/**
 * A fingerprint of everything a board's requests can change: a hash of every row of its tables, read in one
 * statement so it is one consistent snapshot. Left out is what moves on its own: the relay's offsets, Flyway's
 * history, and the signed checkpoints the board writes every few seconds (rows in the outbox and a column of the
 * stream's head).
 */
final class BoardState implements AutoCloseable {

    /** Changes only when the other board's events arrive, which a request to this board cannot cause. */
    static final String INBOX = "inbox";

    private static final List<String> MOVING_ON_THEIR_OWN = List.of("flyway_schema_history", "outbox_relay_offset");

    private final Connection connection;

    private final String query;

    BoardState(Database database) throws SQLException {
        this.connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
        List<String> parts = new ArrayList<>();
        for (String table : tables()) {
            String rows = switch (table) {
                case "outbox" -> "(select * from outbox where aggregate_type <> 'event-stream')";
                case "event_stream" -> "(select producer, last_hash, last_position from event_stream)";
                default -> table;
            };
            parts.add("select '" + table + "', md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "
                    + rows + " t");
        }
        this.query = String.join(" union all ", parts);
    }

    Map<String, String> snapshot() throws SQLException {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                hashes.put(rows.getString(1), rows.getString(2));
            }
        }
        return hashes;
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (rows.next()) {
                if (!MOVING_ON_THEIR_OWN.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

}
