package vn.phoihop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.Topics;
import vn.phoihop.servers.ServiceProcess;
import vn.phoihop.testing.RealServers;

/**
 * The first full consultation cycle, with both boards running as their own OS processes on the real broker and
 * databases, their Debezium engines relaying the outboxes.
 */
class FullCycleIT {

    private static final Duration ACROSS_BOARDS = Duration.ofSeconds(30);

    static ServiceProcess cadreBoard;

    static ServiceProcess executiveBoard;

    @BeforeAll
    static void startBoards() {
        cadreBoard = Boards.start(Boards.CADRE_BOARD, RealServers.newDatabase("e2e_cadre"));
        executiveBoard = Boards.start(Boards.EXECUTIVE_BOARD, RealServers.newDatabase("e2e_executive"));
    }

    @AfterAll
    static void stopBoards() {
        cadreBoard.stop();
        executiveBoard.stop();
    }

    @Test
    void appointmentIsDecidedOnlyAfterTheStandingCommitteesOpinionOnTheSameVersion() {
        Api clerk = Boards.clerk(cadreBoard);
        Api committee = Boards.committee(executiveBoard);

        Api.Response opened = clerk.post("/api/cases", CaseRequests.APPOINTMENT);
        assertThat(opened.status()).isEqualTo(201);
        String caseId = opened.text("caseId");
        assertThat(clerk.post("/api/cases/" + caseId + "/submission", null).text("status")).isEqualTo("AWAITING_OPINION");

        await().atMost(ACROSS_BOARDS)
            .until(() -> committee.get("/api/consultations/" + caseId).status() == 200);

        Api.Response early = clerk.post("/api/cases/" + caseId + "/decision", CaseRequests.DECISION);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("rule")).isEqualTo("opinion-before-decision");
        assertThat(early.text("detail")).contains("opinion on proposal version 1 has not arrived");

        Api.Response inquorate = committee.post("/api/consultations/" + caseId + "/opinion",
                CaseRequests.OPINION_WITHOUT_QUORUM);
        assertThat(inquorate.status()).isEqualTo(422);
        assertThat(inquorate.text("rule")).isEqualTo("quorum");
        assertThat(committee.get("/api/consultations/" + caseId).text("status")).isEqualTo("PENDING");

        assertThat(committee.post("/api/consultations/" + caseId + "/opinion", CaseRequests.OPINION_AGREED).status())
            .isEqualTo(200);
        await().atMost(ACROSS_BOARDS)
            .until(() -> clerk.get("/api/cases/" + caseId).text("status").equals("OPINION_RECEIVED"));

        Api.Response decided = clerk.post("/api/cases/" + caseId + "/decision", CaseRequests.DECISION);
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.text("status")).isEqualTo("DECIDED");

        await().atMost(ACROSS_BOARDS)
            .untilAsserted(() -> assertThat(EventLog.ofCase(Topics.CADRE_BOARD_EVENTS, caseId)).hasSize(2));
        List<EventLog.Published> cadreStream = EventLog.ofCase(Topics.CADRE_BOARD_EVENTS, caseId);
        assertThat(cadreStream).extracting(EventLog.Published::sequence).containsExactly(1L, 2L);
        assertThat(cadreStream.get(0).event()).isInstanceOf(ConsultationRequested.class);
        assertThat(cadreStream.get(1).event()).isInstanceOfSatisfying(DecisionFinalised.class,
                decision -> assertThat(decision.getContraryToOpinion()).isFalse());
        List<EventLog.Published> executiveStream = EventLog.ofCase(Topics.EXECUTIVE_BOARD_EVENTS, caseId);
        assertThat(executiveStream).singleElement()
            .satisfies(published -> assertThat(published.event()).isInstanceOf(OpinionIssued.class));
        assertThat(cadreStream.get(1).event()).isInstanceOfSatisfying(DecisionFinalised.class,
                decision -> assertThat(decision.getOpinionEventId()).isEqualTo(executiveStream.get(0).eventId()));
    }

    @Test
    void refusesMalformedRequestsWithProblemDetailsNamingTheField() {
        Api clerk = Boards.clerk(cadreBoard);
        int casesBefore = clerk.get("/api/cases").body().size();

        Api.Response refused = clerk.post("/api/cases", """
                {"kind":"APPOINTMENT","subject":{"cadreId":"","fullName":"Nguyễn Văn An"}}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsText("field")).contains("subject.cadreId", "rationale");
        assertThat(clerk.get("/api/cases").body().size()).isEqualTo(casesBefore);
    }

}
