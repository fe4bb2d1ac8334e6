package vn.phoihop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.phoihop.audit.cli.AuditCommandLine;
import vn.phoihop.local.demo.DemoSeeder;
import vn.phoihop.local.demo.Seeding;
import vn.phoihop.servers.ServiceProcess;
import vn.phoihop.testing.RealServers;

/**
 * The local stack's demo: the 2010–2015 term replayed through both boards as processes, after which the cadre
 * board's term report answers the seed's table, and the audit, reading only the boards' topics and public keys,
 * finds the whole history clean and answers the same table.
 */
class DemoTermIT {

    static ServiceProcess cadreBoard;

    static ServiceProcess executiveBoard;

    // the audit judges everything on the topics, so this term gets topics of its own
    static final String TOPIC_PREFIX = "demo-term.";

    @BeforeAll
    static void startBoards() {
        // the seeder runs the deadline check itself, after the opinions it waits for have arrived
        cadreBoard = Boards.start(Boards.CADRE_BOARD, RealServers.newDatabase("e2e_demo_cadre"),
                Stream.concat(Stream.of("--phoihop.deadlines.initial-delay=PT1H"),
                        Stream.of(Boards.topicsUnder(TOPIC_PREFIX, Boards.CADRE_BOARD))).toArray(String[]::new));
        executiveBoard = Boards.start(Boards.EXECUTIVE_BOARD, RealServers.newDatabase("e2e_demo_executive"),
                Boards.topicsUnder(TOPIC_PREFIX, Boards.EXECUTIVE_BOARD));
    }

    @AfterAll
    static void stopBoards() {
        cadreBoard.stop();
        executiveBoard.stop();
    }

    @Test
    void theReplayedTermAnswersTheSeedsTable() throws Exception {
        Seeding seeding = new DemoSeeder(HttpClient.newHttpClient(), cadreBoard.baseUri(), executiveBoard.baseUri())
            .seedIfEmpty();
        assertThat(seeding.outcome()).isEqualTo(Seeding.Outcome.LOADED);

        JsonNode report = new Api(cadreBoard.baseUri(), "auditor", "auditor-demo")
            .get("/api/reports/term?from=2010-10-01&to=2015-10-31")
            .body();
        assertThat(report.path("appointments").asInt()).isEqualTo(88);
        assertThat(report.path("transferAndAppointments").asInt()).isEqualTo(21);
        assertThat(report.path("receptionAndAppointments").asInt()).isEqualTo(7);
        assertThat(report.path("reappointmentsAndExtensions").asInt()).isEqualTo(78);
        assertThat(report.path("totalDecidedByCadreBoard").asInt()).isEqualTo(194);
        assertThat(report.path("submittedUpward").path("APPOINTMENT").asInt()).isEqualTo(2);
        assertThat(report.path("submittedUpward").path("REAPPOINTMENT").asInt()).isEqualTo(4);
        assertThat(report.path("totalSubmittedUpward").asInt()).isEqualTo(6);

        Api committee = Boards.committee(executiveBoard);
        assertThat(committee.get("/api/consultations?overdue=true").body().path("totalItems").asInt())
            .as("consultations still waiting after their due date").isEqualTo(2);
        assertThat(Boards.clerk(cadreBoard).get("/api/cases?overdue=true").body().path("totalItems").asInt())
            .as("found overdue by the deadline check, three of them decided on deemed consent").isEqualTo(5);

        assertAuditFindsTheTermCleanWithTheSameTable(report);
    }

    private static void assertAuditFindsTheTermCleanWithTheSameTable(JsonNode boardsReport) throws Exception {
        String[] cluster = { "--bootstrap-servers", RealServers.kafkaBootstrapServers(), "--keys",
                Boards.KEYS.publicKeys().toString(), "--topic-prefix", TOPIC_PREFIX };
        // the last events may await their checkpoint; waiting for one lets the verdict attest the whole term
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(audit("verify", cluster).output())
            .contains("(0 awaiting the next checkpoint): clean"));

        AuditOutput verification = audit("verify", cluster);
        assertThat(verification.exitCode()).as(verification.output()).isEqualTo(AuditCommandLine.CLEAN);
        assertThat(verification.output()).contains("cases: 206 judged, 206 clean, 0 with violations");

        AuditOutput report = audit("report", cluster, "--from", "2010-10-01", "--to", "2015-10-31");
        assertThat(report.exitCode()).as(report.output()).isEqualTo(AuditCommandLine.CLEAN);
        JsonNode audited = new ObjectMapper().readTree(report.output());
        for (String row : List.of("appointments", "transferAndAppointments", "receptionAndAppointments",
                "reappointmentsAndExtensions", "totalDecidedByCadreBoard", "totalSubmittedUpward")) {
            assertThat(audited.path(row).asInt()).as(row).isEqualTo(boardsReport.path(row).asInt());
        }
        assertThat(audited.path("submittedUpward")).isEqualTo(boardsReport.path("submittedUpward"));
        assertThat(audited.path("decidedByCadreBoard")).isEqualTo(boardsReport.path("decidedByCadreBoard"));
    }

    private static AuditOutput audit(String command, String[] cluster, String... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = Stream.of(new String[] { command }, cluster, more).flatMap(Stream::of).toArray(String[]::new);
        int code = AuditCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return new AuditOutput(code, out.toString(StandardCharsets.UTF_8));
    }

    private record AuditOutput(int exitCode, String output) {
    }

}
