package vn.phoihop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.phoihop.servers.ServiceProcess;
import vn.phoihop.testing.RealServers;

/**
 * Both boards must run a case under the same regulation version. Here the cadre board was given a version the
 * executive board does not know: the executive board refuses the consultation back, with the reason.
 */
class RegulationMismatchIT {

    private static final Path SHIPPED = Path.of(
            "../../services/regulation/src/main/resources/phoihop/regulations/296-QC-BCSD-DUBKH-2013.1.yaml");

    @TempDir
    static Path regulations;

    static ServiceProcess cadreBoard;

    static ServiceProcess executiveBoard;

    @BeforeAll
    static void startBoards() throws IOException {
        Path newer = regulations.resolve("296-2099.1.yaml");
        Files.writeString(newer, Files.readString(SHIPPED)
            .replace("version: \"2013.1\"", "version: \"2099.1\"")
            .replace("effectiveFrom: 2013-06-20", "effectiveFrom: 2026-01-01"));
        cadreBoard = Boards.start(Boards.CADRE_BOARD, RealServers.newDatabase("e2e_mismatch_cadre"),
                "--phoihop.regulation.files=file:" + SHIPPED.toAbsolutePath() + ",file:" + newer.toAbsolutePath());
        executiveBoard = Boards.start(Boards.EXECUTIVE_BOARD, RealServers.newDatabase("e2e_mismatch_executive"));
    }

    @AfterAll
    static void stopBoards() {
        cadreBoard.stop();
        executiveBoard.stop();
    }

    @Test
    void theExecutiveBoardRefusesACaseUnderARegulationVersionItDoesNotKnow() {
        Api clerk = Boards.clerk(cadreBoard);
        Api.Response opened = clerk.post("/api/cases", withRegulation("2099.1"));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String caseId = opened.text("caseId");
        assertThat(clerk.post("/api/cases/" + caseId + "/submission", null).status()).isEqualTo(200);

        Api.Response refused = await().atMost(Duration.ofSeconds(30))
            .until(() -> clerk.get("/api/cases/" + caseId),
                    response -> response.text("status").equals("CONSULTATION_REFUSED"));
        assertThat(refused.body().toString()).contains("regulation-known")
            .contains("296-QC/BCSĐ-ĐUBKH version 2099.1 is not known to the executive-board");
        assertThat(Boards.committee(executiveBoard).get("/api/consultations/" + caseId).text("status"))
            .isEqualTo("REFUSED");
    }

    @Test
    void theCadreBoardRefusesToOpenACaseUnderAVersionItDoesNotKnow() {
        Api.Response refused = Boards.clerk(cadreBoard).post("/api/cases", withRegulation("2030.9"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("rule")).isEqualTo("regulation-known");
        assertThat(refused.text("detail")).contains("2030.9").contains("2013.1").contains("2099.1");
    }

    private static String withRegulation(String version) {
        return CaseRequests.APPOINTMENT.replace("\"termYears\":5",
                "\"termYears\":5,\"regulationId\":\"296-QC/BCSĐ-ĐUBKH\",\"regulationVersion\":\"" + version + "\"");
    }

}
