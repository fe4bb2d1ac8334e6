package vn.phoihop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.Topics;
import vn.phoihop.servers.ServiceProcess;
import vn.phoihop.testing.Database;
import vn.phoihop.testing.RealServers;

/**
 * The cadre board dies (SIGKILL) after submissions committed, before Debezium published them or right after; when it
 * comes back, the executive board receives the consultation exactly once.
 */
class CrashRecoveryIT {

    private static final Duration ACROSS_BOARDS = Duration.ofSeconds(60);

    private static final String DEAD_LETTERS = "phoihop.executive-board.dead-letters";

    static Database cadreDatabase;

    static ServiceProcess executiveBoard;

    @BeforeAll
    static void startExecutiveBoardAndCreateTheCadreBoardsReplicationSlot() {
        executiveBoard = Boards.start(Boards.EXECUTIVE_BOARD, RealServers.newDatabase("crash_executive"));
        cadreDatabase = RealServers.newDatabase("crash_cadre");
        // a first run creates the replication slot; from then on PostgreSQL keeps the WAL the relay has not read
        Boards.start(Boards.CADRE_BOARD, cadreDatabase).stop();
    }

    @AfterAll
    static void stopExecutiveBoard() {
        executiveBoard.stop();
    }

    @Test
    void submissionCommittedBeforeTheCrashIsPublishedOnceAfterTheRestart() {
        ServiceProcess withoutRelay = Boards.start(Boards.CADRE_BOARD, cadreDatabase,
                "--phoihop.messaging.relay.enabled=false");
        String caseId = submitNewCase(Boards.clerk(withoutRelay));
        withoutRelay.kill();
        assertThat(EventLog.ofCase(Topics.CADRE_BOARD_EVENTS, caseId)).as("published before the crash").isEmpty();

        ServiceProcess restarted = Boards.start(Boards.CADRE_BOARD, cadreDatabase);
        try {
            Api committee = Boards.committee(executiveBoard);
            await().atMost(ACROSS_BOARDS)
                .until(() -> committee.get("/api/consultations/" + caseId).status() == 200);

            assertThat(EventLog.ofCase(Topics.CADRE_BOARD_EVENTS, caseId)).singleElement()
                .satisfies(published -> assertThat(published.event()).isInstanceOf(ConsultationRequested.class));
            assertThat(committee.get("/api/consultations/" + caseId).text("proposalVersion")).isEqualTo("1");
            assertThat(EventLog.ofCase(DEAD_LETTERS, caseId)).isEmpty();
        }
        finally {
            restarted.stop();
        }
    }

    @Test
    void killedRightAfterThirtySubmissionsEachTakesEffectOnceAtTheExecutiveBoard() {
        ServiceProcess running = Boards.start(Boards.CADRE_BOARD, cadreDatabase);
        Api clerk = Boards.clerk(running);
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            caseIds.add(submitNewCase(clerk));
        }
        running.kill();

        ServiceProcess restarted = Boards.start(Boards.CADRE_BOARD, cadreDatabase);
        try {
            Api committee = Boards.committee(executiveBoard);
            for (String caseId : caseIds) {
                await().atMost(ACROSS_BOARDS)
                    .until(() -> committee.get("/api/consultations/" + caseId).status() == 200);
            }
            List<EventLog.Published> published = EventLog.read(Topics.CADRE_BOARD_EVENTS);
            for (String caseId : caseIds) {
                // the relay is at-least-once: a record may be on the topic twice, its effect never
                assertThat(published).filteredOn(record -> caseId.equals(record.key()))
                    .isNotEmpty()
                    .extracting(EventLog.Published::eventId)
                    .containsOnly(published.stream().filter(r -> caseId.equals(r.key())).findFirst().orElseThrow().eventId());
            }
            assertThat(EventLog.read(DEAD_LETTERS)).as("refused as a second effect")
                .noneMatch(record -> caseIds.contains(record.key()));
        }
        finally {
            restarted.stop();
        }
    }

    private static String submitNewCase(Api clerk) {
        Api.Response opened = clerk.post("/api/cases", CaseRequests.APPOINTMENT);
        assertThat(opened.status()).isEqualTo(201);
        String caseId = opened.text("caseId");
        assertThat(clerk.post("/api/cases/" + caseId + "/submission", null).status()).isEqualTo(200);
        return caseId;
    }

}
