package vn.phoihop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseNamesTest {

    @Test
    void namesAreUniqueForTheSamePrefix() {
        assertThat(DatabaseNames.unique("cases")).isNotEqualTo(DatabaseNames.unique("cases"));
    }

    @Test
    void namesArePlainLowerCaseIdentifiers() {
        assertThat(DatabaseNames.unique("Cadre-Board IT")).matches("cadre_board_it_\\d+");
        assertThat(DatabaseNames.unique("1st")).matches("db_1st_\\d+");
    }

    @Test
    void namesFitPostgresqlIdentifiers() {
        assertThat(DatabaseNames.unique("x".repeat(100))).hasSizeLessThanOrEqualTo(63);
    }
}
