package vn.phoihop.messaging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RelayDatabaseTest {

    @Test
    void takesHostPortAndNameFromTheJdbcUrl() {
        RelayDatabase database = RelayDatabase.parse("jdbc:postgresql://db.example:6543/cadre_board?sslmode=require",
                "cadre", "secret");

        assertThat(database.host()).isEqualTo("db.example");
        assertThat(database.port()).isEqualTo(6543);
        assertThat(database.name()).isEqualTo("cadre_board");
        assertThat(database.jdbcUrl()).endsWith("?sslmode=require");
    }

    @Test
    void usesThePostgresPortAndTheUserNameAsPostgresDoesWhenTheUrlOmitsThem() {
        RelayDatabase database = RelayDatabase.parse("jdbc:postgresql://localhost/", "executive_board", null);

        assertThat(database.port()).isEqualTo(5432);
        assertThat(database.name()).isEqualTo("executive_board");
    }

    @Test
    void refusesUrlsDebeziumCannotFollow() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RelayDatabase.parse("jdbc:postgresql://a:5432,b:5432/db", "u", "p"));
        assertThatIllegalArgumentException().isThrownBy(() -> RelayDatabase.parse("jdbc:h2:mem:db", "u", "p"));
    }

    @Test
    void derivesASlotNamePostgresAcceptsFromProducerAndDatabase() {
        RelayDatabase database = RelayDatabase.parse("jdbc:postgresql://localhost:5432/Cadre-Board.Prod", "u", "p");

        assertThat(database.slotNameFor("cadre-board")).isEqualTo("cadre_board_cadre_board_prod");
        assertThat(database.slotNameFor("x".repeat(100))).hasSize(63).matches("[a-z0-9_]+");
    }

}
