package vn.phoihop.cadreboard.cases.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.cadreboard.cases.WebFixtures;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.CaseStatus;
import vn.phoihop.cadreboard.cases.domain.Deadline;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.regulation.DecidingAuthority;
import vn.phoihop.testing.Database;
import vn.phoihop.testing.RealServers;

/** Cases stored by the first version of the board read back whole after V2, on a real PostgreSQL. */
class V1CasesMigrationIT {

    private static final String PROPOSAL = """
            {"kind":"APPOINTMENT","subject":{"cadreId":"CB-1","fullName":"Nguyễn Văn An"},
             "targetPosition":{"title":"Vụ trưởng","unitCode":"VU-KH","unitName":"Vụ Kế hoạch",
             "tier":"DEPARTMENT_HEAD"},"proposedEffectiveDate":"2027-01-01","termYears":5,"rationale":"r"}""";

    private static final UUID AWAITING = UUID.randomUUID();

    private static final UUID ASKED = UUID.randomUUID();

    private static final UUID DECIDED = UUID.randomUUID();

    private static final UUID OPINION_EVENT = UUID.randomUUID();

    private static JdbcPersonnelCases cases;

    private static JdbcClient jdbc;

    @BeforeAll
    static void migrateFromV1() {
        Database database = RealServers.newDatabase("cadre_board_v1");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password());
        FluentConfiguration flyway = Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/messaging", "classpath:db/cadre-board");
        flyway.target("1").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        // submitted on Friday 20 November 2026, Vietnam time
        insertV1(AWAITING, "AWAITING_OPINION", 1, null, null, "2026-11-20T02:00:00Z");
        insertV1(ASKED, "OPINION_RECEIVED", 1, opinion("REQUEST_INFORMATION"), null, "2026-11-25T02:00:00Z");
        insertV1(DECIDED, "DECIDED", 2, opinion("AGREE"), """
                {"outcome":"APPROVED","decisionNumber":"123-QĐ/BCSĐ","effectiveDate":"2027-01-01",
                 "contraryToOpinion":false,"opinionEventId":"%s","decidedAt":"2026-11-27T03:00:00Z"}"""
            .formatted(OPINION_EVENT), "2026-11-27T03:00:00Z");
        flyway.target("latest").load().migrate();
        cases = new JdbcPersonnelCases(jdbc, new CaseRows(JsonMapper.builder().build(), WebFixtures.REGULATIONS));
    }

    @Test
    void aCaseAwaitingTheOpinionKeepsTheDueDateItWasSentWith() {
        PersonnelCase awaiting = cases.find(new CaseId(AWAITING)).orElseThrow();

        // V1 counted ten days Monday to Friday from the submission
        assertThat(awaiting.state().consultation().deadline())
            .isEqualTo(new Deadline(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 4), false, null));
        assertThat(jdbc.sql("SELECT due_date FROM personnel_case WHERE id = ?").param(AWAITING).query(LocalDate.class)
            .single()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aRequestForInformationBecomesItsOwnStatus() {
        PersonnelCase asked = cases.find(new CaseId(ASKED)).orElseThrow();

        assertThat(asked.status()).isEqualTo(CaseStatus.INFORMATION_REQUESTED);
        assertThat(asked.state().consultation().opinions()).hasSize(1);
    }

    @Test
    void aDecisionKeepsItsOpinionAndCountsInTheTermReport() {
        PersonnelCase decided = cases.find(new CaseId(DECIDED)).orElseThrow();

        assertThat(decided.state().decision().authority()).isEqualTo(DecidingAuthority.CADRE_BOARD);
        assertThat(decided.state().decision().basis().opinionEventId()).isEqualTo(OPINION_EVENT);
        assertThat(decided.state().lastSequence()).isEqualTo(2);
        assertThat(new JdbcApprovedDecisions(jdbc).countEffectiveBetween(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31))).hasSize(1);
    }

    private static String opinion(String outcome) {
        return """
                {"eventId":"%s","proposalVersion":1,"outcome":"%s"}""".formatted(OPINION_EVENT, outcome);
    }

    private static void insertV1(UUID id, String status, long lastSequence, String opinion, String decision,
            String updatedAt) {
        jdbc.sql("""
                INSERT INTO personnel_case (id, kind, proposal, proposal_version, regulation_id, regulation_version,
                    response_working_days, status, last_sequence, opinion, decision, updated_at)
                VALUES (?, 'APPOINTMENT', ?::jsonb, 1, '296-QC/BCSĐ-ĐUBKH', '2013.1', 10, ?, ?, ?::jsonb, ?::jsonb,
                    ?::timestamptz)""")
            .params(id, PROPOSAL, status, lastSequence, opinion, decision, updatedAt)
            .update();
    }

}
