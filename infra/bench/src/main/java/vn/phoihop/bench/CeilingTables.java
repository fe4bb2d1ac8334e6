package vn.phoihop.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of {@link PostgresCeiling}: the platform's case row, outbox (V0_1__outbox_and_stream_head.sql in
 * services/messaging) and stream head, with the same columns and indexes, so each commit writes as much WAL as the
 * platform's.
 */
final class CeilingTables {

    static final String PRODUCER = "ceiling";

    private static final String DROP = "drop table if exists ceiling_case, ceiling_outbox, ceiling_stream";

    private CeilingTables() {
    }

    /** Drops first what a killed run may have left. */
    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(DROP);
            statement.execute("""
                    create table ceiling_case (
                        id       text   primary key,
                        status   text   not null,
                        version  bigint not null,
                        document jsonb  not null
                    )""");
            statement.execute("""
                    create table ceiling_outbox (
                        id             uuid        primary key,
                        aggregate_type text        not null,
                        aggregate_id   text        not null,
                        event_type     text        not null,
                        topic          text        not null,
                        sequence       bigint      not null,
                        payload        bytea       not null,
                        headers        jsonb       not null,
                        created_at     timestamptz not null default now()
                    )""");
            statement.execute("create index ceiling_outbox_aggregate on ceiling_outbox (aggregate_id, sequence)");
            statement.execute("""
                    create table ceiling_stream (
                        producer      text   primary key,
                        last_hash     text,
                        last_position bigint not null default 0
                    )""");
            statement.execute("insert into ceiling_stream (producer) values ('" + PRODUCER + "')");
        }
    }

    static long outboxRows(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from ceiling_outbox")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String durability(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select current_setting('fsync'), current_setting('synchronous_commit')")) {
            rows.next();
            return "fsync=" + rows.getString(1) + ", synchronous_commit=" + rows.getString(2);
        }
    }

    static void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(DROP);
        }
    }
}
