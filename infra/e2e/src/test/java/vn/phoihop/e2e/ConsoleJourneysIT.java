package vn.phoihop.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;

import vn.phoihop.servers.ServiceProcess;
import vn.phoihop.testing.RealServers;

/**
 * The three user groups in a real browser, on the three services running as processes: the clerk opens and submits
 * a case with its dossier, the assigned member reviews it, the Standing Committee records a valid meeting, the
 * clerk sees the opinion arrive without reloading and decides, and the auditor finds the case clean. Screenshots of
 * each step are saved under target/screenshots.
 */
class ConsoleJourneysIT {

    // the audit judges everything on its topics, so these journeys get topics of their own
    private static final String TOPIC_PREFIX = "consoles.";

    private static final LocatorAssertions.ContainsTextOptions ACROSS_BOARDS = new LocatorAssertions.ContainsTextOptions()
        .setTimeout(30_000);

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);

    // the subject of the journey's case: personal data, which no service log may contain
    private static final String SUBJECT_NAME = "Lê Thị Hoa";

    private static final String SUBJECT_ID = "CB-7001";

    static ServiceProcess cadreBoard;

    static ServiceProcess executiveBoard;

    static ServiceProcess audit;

    static ConsoleBrowser browser;

    @BeforeAll
    static void start() {
        cadreBoard = Boards.start(Boards.CADRE_BOARD, RealServers.newDatabase("e2e_consoles_cadre"),
                Boards.topicsUnder(TOPIC_PREFIX, Boards.CADRE_BOARD));
        executiveBoard = Boards.start(Boards.EXECUTIVE_BOARD, RealServers.newDatabase("e2e_consoles_executive"),
                Stream.concat(Stream.of(Boards.topicsUnder(TOPIC_PREFIX, Boards.EXECUTIVE_BOARD)),
                        Stream.of("--phoihop.console.cadre-board-url=" + cadreBoard.baseUri())).toArray(String[]::new));
        audit = Boards.startAudit(RealServers.newDatabase("e2e_consoles_audit"), TOPIC_PREFIX);
        Roster.enter(Boards.admin(executiveBoard));
        browser = ConsoleBrowser.launch();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        cadreBoard.stop();
        executiveBoard.stop();
        audit.stop();
    }

    @Test
    void aCaseGoesFromTheClerkThroughTheCommitteeToADecisionTheAuditorFindsClean() throws IOException {
        Page clerk = signedIn(cadreBoard, "clerk");
        String caseId = openAndSubmitAppointment(clerk);

        Page member = signedIn(executiveBoard, "member");
        member.navigate(executiveBoard.baseUri() + "/consultations/" + caseId);
        awaitAfterReloads(member, member.locator("#review-form"));
        assertThat(member.locator("#assigned-member")).containsText(Roster.ASSIGNED);
        member.locator("#recommendation-AGREE").check();
        member.locator("#note").fill("Đủ tiêu chuẩn, điều kiện theo quy định");
        member.locator("#record-review").click();
        assertThat(member.locator("#notice")).containsText("Đã ghi ý kiến");
        ConsoleBrowser.screenshot(member, "2-member-review");
        assertEveryFieldIsLabelled(member);

        Page committee = signedIn(executiveBoard, "committee");
        committee.navigate(executiveBoard.baseUri() + "/consultations");
        assertThat(committee.locator("#case-" + caseId)).isVisible();
        ConsoleBrowser.screenshot(committee, "3-committee-inbox");
        committee.navigate(executiveBoard.baseUri() + "/consultations/" + caseId);
        opensTheDossierThroughTheCadreBoardsAuthenticatedLink(committee);
        fillMeeting(committee, 6, 5, 1);
        assertThat(committee.locator("#check-quorum")).containsText("Đủ số lượng");
        assertThat(committee.locator("#check-adoption")).containsText("Được thông qua");
        assertThat(committee.locator("#issue-opinion")).isEnabled();
        ConsoleBrowser.screenshot(committee, "4-committee-meeting");
        assertEveryFieldIsLabelled(committee);
        committee.locator("#issue-opinion").click();
        assertThat(committee.locator("#notice")).containsText("Đã ban hành ý kiến");

        // the clerk's page was opened before the opinion was issued and is not reloaded
        assertThat(clerk.locator("#timeline")).containsText("Ban Thường vụ cho ý kiến", ACROSS_BOARDS);
        assertThat(clerk.locator("#live-notice")).isVisible();
        ConsoleBrowser.screenshot(clerk, "5-clerk-opinion-arrived-live");
        clerk.reload();
        String today = LocalDate.now().toString();
        clerk.locator("#meeting-meetingDate").fill(today);
        clerk.locator("#meeting-membersTotal").fill("5");
        clerk.locator("#meeting-present").fill("5");
        clerk.locator("#meeting-inFavour").fill("5");
        clerk.locator("#meeting-against").fill("0");
        clerk.locator("#meeting-abstain").fill("0");
        clerk.locator("#meeting-button").click();
        assertThat(clerk.locator("#done")).containsText("Đã ghi nhận cuộc họp");
        clerk.locator("#decision-outcome").selectOption("APPROVED");
        clerk.locator("#decision-decisionNumber").fill("77-QĐ/BCSĐ");
        clerk.locator("#decision-effectiveDate").fill("2027-01-01");
        clerk.locator("#decide-button").click();
        assertThat(clerk.locator("#done")).containsText("Đã ghi nhận quyết định");
        assertThat(clerk.locator("#status-badge")).containsText("Đã quyết định");
        ConsoleBrowser.screenshot(clerk, "6-clerk-decided");
        clerk.setViewportSize(768, 1024);
        ConsoleBrowser.screenshot(clerk, "6-clerk-decided-on-a-tablet");
        assertEveryFieldIsLabelled(clerk);

        Page auditor = signedIn(audit, "auditor");
        auditor.navigate(audit.baseUri() + "/cases/" + caseId);
        awaitAfterReloads(auditor, auditor.locator("#case-verdict.ok"));
        assertThat(auditor.locator("#cadre-board-timeline")).containsText("bởi clerk");
        assertThat(auditor.locator("#executive-board-timeline")).containsText("bởi member");
        assertThat(auditor.locator("#executive-board-timeline")).containsText("bởi committee");
        ConsoleBrowser.screenshot(auditor, "7-auditor-case");
        assertEveryFieldIsLabelled(auditor);
        auditor.navigate(audit.baseUri() + "/");
        assertThat(auditor.locator("#verdict")).containsText("Sạch");
        ConsoleBrowser.screenshot(auditor, "8-auditor-verdict");

        for (ServiceProcess service : new ServiceProcess[] { cadreBoard, executiveBoard, audit }) {
            assertThat(Files.readString(service.logFile())).as("the log of %s", service.logFile().getFileName())
                .doesNotContain(SUBJECT_NAME, SUBJECT_ID);
        }
    }

    @Test
    void anInquorateMeetingIsHeldBackLiveAndRefusedWithItsReasonWhenPostedAnyway() {
        Api clerkApi = Boards.clerk(cadreBoard);
        String caseId = clerkApi.post("/api/cases", CaseRequests.APPOINTMENT).text("caseId");
        assertThat(clerkApi.post("/api/cases/" + caseId + "/submission", "{}").status()).isEqualTo(200);
        Page committee = signedIn(executiveBoard, "committee");
        committee.navigate(executiveBoard.baseUri() + "/consultations/" + caseId);
        awaitAfterReloads(committee, committee.locator("#meeting-form"));
        assertThat(Boards.member(executiveBoard)
            .post("/api/consultations/" + caseId + "/review", CaseRequests.REVIEW)
            .status()).isEqualTo(200);
        committee.reload();

        fillMeeting(committee, 4, 4, 0);

        assertThat(committee.locator("#check-quorum"))
            .containsText("Không đủ số lượng (có mặt 4 / 7 được triệu tập, cần 5)");
        assertThat(committee.locator("#issue-opinion")).isDisabled();
        ConsoleBrowser.screenshot(committee, "9-committee-inquorate-meeting");
        // a browser that ignores the disabled button, or a stale page, still gets the server's refusal
        committee.locator("#meeting-form").evaluate("form => form.requestSubmit()");
        assertThat(committee.locator("#refusal")).containsText("không có gì thay đổi");
        assertThat(committee.locator("#refusal [data-rule=quorum]")).isVisible();
        ConsoleBrowser.screenshot(committee, "10-committee-refusal");
        assertThat(Boards.committee(executiveBoard).get("/api/consultations/" + caseId).text("status"))
            .isEqualTo("PENDING");
    }

    private Page signedIn(ServiceProcess service, String user) {
        Page page = browser.newUser();
        ConsoleBrowser.signIn(page, service.baseUri().toString(), user, user + "-demo");
        return page;
    }

    private String openAndSubmitAppointment(Page clerk) {
        clerk.navigate(cadreBoard.baseUri() + "/cases/new?kind=APPOINTMENT");
        clerk.locator("#case-cadreId").fill(SUBJECT_ID);
        clerk.locator("#case-fullName").fill(SUBJECT_NAME);
        clerk.locator("#case-targetPosition-title").fill("Vụ trưởng");
        clerk.locator("#case-targetPosition-unitCode").fill("VU-TCCB");
        clerk.locator("#case-targetPosition-unitName").fill("Vụ Tổ chức cán bộ");
        clerk.locator("#case-targetPosition-tier").selectOption("DEPARTMENT_HEAD");
        clerk.locator("#case-proposedEffectiveDate").fill("2027-01-01");
        clerk.locator("#case-termYears").fill("5");
        clerk.locator("#case-rationale").fill("Kiện toàn lãnh đạo Vụ");
        clerk.locator("#case-documents").setInputFiles(new FilePayload("To-trinh.pdf", "application/pdf", PDF));
        ConsoleBrowser.screenshot(clerk, "1-clerk-new-case");
        clerk.locator("#open-case").click();
        assertThat(clerk.locator("#done")).containsText("Đã lập hồ sơ");
        assertThat(clerk.locator("#dossier a[href^='/documents/']")).hasCount(1);
        String caseId = clerk.url().replaceAll(".*/cases/([0-9a-f-]{36}).*", "$1");
        clerk.locator("#submit-button").click();
        assertThat(clerk.locator("#done")).containsText("Đã gửi đề xuất");
        assertThat(clerk.locator("#status-badge")).containsText("Chờ ý kiến");
        return caseId;
    }

    /**
     * The consultation page's dossier link leads to the cadre board, which serves the PDF only to a signed-in user;
     * the committee's secretary signs in there with the same name.
     */
    private void opensTheDossierThroughTheCadreBoardsAuthenticatedLink(Page committee) {
        String link = committee.locator("#dossier a").first().getAttribute("href");
        assertThat(link).startsWith(cadreBoard.baseUri() + "/documents/");
        APIRequestContext sameCookies = committee.context().request();
        assertThat(sameCookies.get(link, RequestOptions.create().setMaxRedirects(0)).status())
            .as("the document before signing in at the cadre board").isEqualTo(302);

        Page cadreBoardTab = committee.context().newPage();
        ConsoleBrowser.signIn(cadreBoardTab, cadreBoard.baseUri().toString(), "committee", "committee-demo");
        cadreBoardTab.close();
        APIResponse document = sameCookies.get(link);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.headers().get("content-type")).startsWith("application/pdf");
        assertThat(document.body()).isEqualTo(PDF);
    }

    /** Every field a user can fill has a name a screen reader reads out: a label, or an ARIA label. */
    private static void assertEveryFieldIsLabelled(Page page) {
        Object unlabelled = page.evaluate("""
                () => Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                  .filter(field => field.labels.length === 0 && !field.getAttribute('aria-label')
                                   && !field.getAttribute('aria-labelledby'))
                  .map(field => field.id || field.name)""");
        assertThat((List<?>) unlabelled).as("fields without a label on %s", page.url()).isEmpty();
    }

    private static void fillMeeting(Page committee, int present, int agree, int disagree) {
        committee.locator("#meeting-date").fill(LocalDate.now().toString());
        for (int n = 1; n <= present; n++) {
            committee.locator("#present-UV-0" + n).check();
        }
        committee.locator("#tally-agree").fill(Integer.toString(agree));
        committee.locator("#tally-disagree").fill(Integer.toString(disagree));
        committee.locator("#tally-abstain").fill("0");
        committee.locator("#tally-invalid").fill("0");
        committee.locator("#outcome-AGREE").check();
    }

    /** Across the boards a page shows what has arrived when it is loaded; reload until it has. */
    private static void awaitAfterReloads(Page page, Locator expected) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (expected.count() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(expected + " did not appear on " + page.url() + " within 60 s");
            }
            page.waitForTimeout(500);
            page.reload();
        }
    }

}
