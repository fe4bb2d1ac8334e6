package vn.phoihop.messaging;

import java.time.Duration;
import java.util.Properties;

/**
 * The embedded engine's configuration: capture inserts into {@code public.outbox} and nothing else, with offsets
 * in the service's own database. No snapshot: the slot, created on the service's first start before it is ready,
 * retains every later change, and rows are never republished from the table.
 */
final class DebeziumSettings {

    // created by the messaging migrations
    private static final String OFFSET_TABLE = "outbox_relay_offset";

    private DebeziumSettings() {
    }

    static Properties of(RelayDatabase database, String slotName, boolean dropSlotOnStop, Duration pollInterval) {
        Properties settings = new Properties();
        settings.setProperty("name", slotName);
        settings.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        settings.setProperty("topic.prefix", slotName);
        settings.setProperty("database.hostname", database.host());
        settings.setProperty("database.port", Integer.toString(database.port()));
        settings.setProperty("database.dbname", database.name());
        settings.setProperty("database.user", database.username());
        settings.setProperty("database.password", (database.password() != null) ? database.password() : "");
        settings.setProperty("plugin.name", "pgoutput");
        settings.setProperty("slot.name", slotName);
        settings.setProperty("slot.drop.on.stop", Boolean.toString(dropSlotOnStop));
        settings.setProperty("publication.name", slotName);
        settings.setProperty("publication.autocreate.mode", "filtered");
        settings.setProperty("table.include.list", "public.outbox");
        settings.setProperty("snapshot.mode", "no_data");
        settings.setProperty("poll.interval.ms", Long.toString(pollInterval.toMillis()));
        // confirms progress to the slot even when the outbox is idle, so PostgreSQL can recycle WAL
        settings.setProperty("heartbeat.interval.ms", "10000");
        settings.setProperty("offset.storage", "io.debezium.storage.jdbc.offset.JdbcOffsetBackingStore");
        settings.setProperty("offset.storage.jdbc.connection.url", database.jdbcUrl());
        settings.setProperty("offset.storage.jdbc.connection.user", database.username());
        settings.setProperty("offset.storage.jdbc.connection.password",
                (database.password() != null) ? database.password() : "");
        settings.setProperty("offset.storage.jdbc.table.name", OFFSET_TABLE);
        // a crash republishes at most this much; consumers are idempotent
        settings.setProperty("offset.flush.interval.ms", "1000");
        return settings;
    }

}
