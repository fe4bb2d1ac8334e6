package vn.phoihop.executiveboard.consultations.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.executiveboard.consultations.domain.ConsultationState;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.testing.Database;
import vn.phoihop.testing.RealServers;

/** A consultation stored before the protocol (V1) reads as one of today's after V2. */
class LegacyRowsMigrationIT {

    private static final UUID CASE_ID = UUID.fromString("6f1c1b8e-2a7e-4a5b-9a59-3c1f8a0c0001");

    @Test
    void aV1ConsultationWithItsOpinionReadsAfterV2() {
        Database database = RealServers.newDatabase("executive_board_legacy_it");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password());
        migrate(dataSource, "1");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                INSERT INTO consultation (case_id, request, proposal_version, status, due_date, last_sequence, opinion)
                VALUES (:caseId, :request::jsonb, 1, 'OPINION_ISSUED', '2026-12-04', 1, :opinion::jsonb)""")
            .param("caseId", CASE_ID)
            .param("request", """
                    {"caseId":"%s","requestEventId":"0b8a3f1e-0000-4000-8000-000000000009","proposalVersion":1,
                     "actionKind":"APPOINTMENT","subjectCadreId":"CB-0001","subjectFullName":"Nguyễn Văn An",
                     "positionTitle":"Vụ trưởng","unitCode":"VU-TCCB","unitName":"Vụ Tổ chức cán bộ",
                     "positionTier":"DEPARTMENT_HEAD","rationale":"Kiện toàn","regulationId":"296-QC/BCSĐ-ĐUBKH",
                     "regulationVersion":"2013.1","dueDate":"2026-12-04"}""".formatted(CASE_ID))
            .param("opinion", """
                    {"proposalVersion":1,"outcome":"AGREE","conditions":null,"questions":[],
                     "meeting":{"date":"2026-11-20","membersTotal":7,"summoned":7,"present":6,"recused":0,
                                "tally":{"agree":5,"disagree":1,"abstain":0,"invalid":0}},
                     "issuedAt":"2026-11-20T03:00:00Z"}""")
            .update();

        migrate(dataSource, "latest");

        ConsultationState state = new JdbcConsultations(jdbc, new ConsultationRows(JsonMapper.builder().build()))
            .find(CASE_ID)
            .orElseThrow()
            .state();
        assertThat(state.status()).isEqualTo(ConsultationStatus.OPINION_ISSUED);
        assertThat(state.request().proposal().kind()).isEqualTo(ActionKind.APPOINTMENT);
        assertThat(state.request().proposal().subject().cadreId()).isEqualTo("CB-0001");
        assertThat(state.request().unitCode()).isEqualTo("VU-TCCB");
        assertThat(state.request().regulation().version()).isEqualTo("2013.1");
        assertThat(state.request().dueDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(state.opinion().meeting().present()).isEqualTo(6);
        assertThat(state.opinion().meeting().presentMemberIds()).isEmpty();
        assertThat(jdbc.sql("SELECT action_kind || ' ' || unit_code FROM consultation").query(String.class).single())
            .isEqualTo("APPOINTMENT VU-TCCB");
    }

    private static void migrate(DriverManagerDataSource dataSource, String target) {
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/messaging", "classpath:db/executive-board")
            .target(target)
            .load()
            .migrate();
    }

}
