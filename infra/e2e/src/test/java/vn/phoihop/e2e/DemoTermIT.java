package vn.phoihop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.phoihop.local.demo.DemoSeeder;
import vn.phoihop.local.demo.Seeding;
import vn.phoihop.servers.ServiceProcess;
import vn.phoihop.testing.RealServers;

/**
 * The local stack's demo: the 2010–2015 term replayed through both boards as processes, after which the cadre
 * board's term report answers the seed's table.
 */
class DemoTermIT {

    static ServiceProcess cadreBoard;

    static ServiceProcess executiveBoard;

    @BeforeAll
    static void startBoards() {
        // the seeder runs the deadline check itself, after the opinions it waits for have arrived
        cadreBoard = Boards.start(Boards.CADRE_BOARD, RealServers.newDatabase("e2e_demo_cadre"),
                "--phoihop.deadlines.initial-delay=PT1H");
        executiveBoard = Boards.start(Boards.EXECUTIVE_BOARD, RealServers.newDatabase("e2e_demo_executive"));
    }

    @AfterAll
    static void stopBoards() {
        cadreBoard.stop();
        executiveBoard.stop();
    }

    @Test
    void theReplayedTermAnswersTheSeedsTable() {
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
    }

}
