package vn.phoihop.messaging;

import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DebeziumSettingsTest {

    private final RelayDatabase database = RelayDatabase.parse("jdbc:postgresql://db:5433/cadre_board", "cadre",
            "secret");

    @Test
    void capturesOnlyOutboxInsertsFromTheSlotOnwardThroughPgoutput() {
        Properties settings = DebeziumSettings.of(this.database, "cadre_board_cadre_board", false,
                Duration.ofMillis(3));

        assertThat(settings).containsEntry("connector.class", "io.debezium.connector.postgresql.PostgresConnector")
            .containsEntry("plugin.name", "pgoutput")
            .containsEntry("slot.name", "cadre_board_cadre_board")
            .containsEntry("slot.drop.on.stop", "false")
            .containsEntry("publication.autocreate.mode", "filtered")
            .containsEntry("table.include.list", "public.outbox")
            .containsEntry("snapshot.mode", "no_data")
            .containsEntry("database.hostname", "db")
            .containsEntry("database.port", "5433")
            .containsEntry("database.dbname", "cadre_board")
            .containsEntry("poll.interval.ms", "3");
    }

    @Test
    void keepsOffsetsInTheServicesOwnDatabase() {
        Properties settings = DebeziumSettings.of(this.database, "slot", true, Duration.ofMillis(10));

        assertThat(settings)
            .containsEntry("offset.storage", "io.debezium.storage.jdbc.offset.JdbcOffsetBackingStore")
            .containsEntry("offset.storage.jdbc.connection.url", "jdbc:postgresql://db:5433/cadre_board")
            .containsEntry("offset.storage.jdbc.connection.user", "cadre")
            .containsEntry("offset.storage.jdbc.table.name", "outbox_relay_offset");
    }

}
