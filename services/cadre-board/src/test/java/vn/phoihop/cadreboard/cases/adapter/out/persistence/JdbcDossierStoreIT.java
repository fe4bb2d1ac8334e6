package vn.phoihop.cadreboard.cases.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.phoihop.cadreboard.cases.ConsoleFixtures;
import vn.phoihop.cadreboard.cases.application.StoredDocument;
import vn.phoihop.cadreboard.cases.domain.DossierFile;
import vn.phoihop.testing.Database;
import vn.phoihop.testing.RealServers;

/** The dossiers' files on a real PostgreSQL: kept once per content, read back byte for byte. */
class JdbcDossierStoreIT {

    private static JdbcDossierStore store;

    private static JdbcClient jdbc;

    @BeforeAll
    static void migrate() {
        Database database = RealServers.newDatabase("cadre_board_dossiers");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/messaging", "classpath:db/cadre-board")
            .load()
            .migrate();
        jdbc = JdbcClient.create(dataSource);
        store = new JdbcDossierStore(jdbc);
    }

    @Test
    void aFileIsReadBackAsItWasKept() {
        DossierFile file = pdf("tờ trình 45-TTr.pdf", "%PDF-1.7 tờ trình bổ nhiệm\n%%EOF");

        store.keep(file);

        StoredDocument read = store.find(file.sha256()).orElseThrow();
        assertThat(read.content()).isEqualTo(file.content());
        assertThat(read.name()).isEqualTo("tờ trình 45-TTr.pdf");
        assertThat(read.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void theSameBytesAreKeptOnceUnderTheirFirstName() {
        DossierFile first = DossierFile.pdf("documents", "bien-ban.pdf", "application/pdf", ConsoleFixtures.PDF);
        DossierFile again = DossierFile.pdf("documents", "ban-sao.pdf", "application/pdf", ConsoleFixtures.PDF);

        store.keep(first);
        store.keep(again);

        assertThat(jdbc.sql("SELECT count(*) FROM dossier_document WHERE sha256 = ?")
            .param(first.sha256())
            .query(Long.class)
            .single()).isOne();
        assertThat(store.find(again.sha256()).orElseThrow().name()).isEqualTo("bien-ban.pdf");
    }

    @Test
    void aHashNoFileHasFindsNothing() {
        assertThat(store.find(pdf("x.pdf", "%PDF-never kept").sha256())).isEmpty();
    }

    private static DossierFile pdf(String name, String text) {
        return DossierFile.pdf("documents", name, "application/pdf", text.getBytes(StandardCharsets.UTF_8));
    }

}
