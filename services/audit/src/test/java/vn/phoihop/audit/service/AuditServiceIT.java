package vn.phoihop.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.phoihop.audit.replay.AuditedCluster;
import vn.phoihop.audit.replay.BoardKeys;
import vn.phoihop.audit.report.TermReport;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.EventCodec;
import vn.phoihop.testing.Database;
import vn.phoihop.testing.RealServers;
import vn.phoihop.testing.history.SyntheticTerm;
import vn.phoihop.testing.history.TermRecord;
import vn.phoihop.web.RoleMatrix;

/** The audit service over a real broker and its own real database: it copies the topics, judges, and rebuilds. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditServiceIT {

    private static final Database DATABASE = RealServers.newDatabase("audit_it");

    private static final BoardKeys KEYS = BoardKeys.generate(temporaryDirectory());

    private static final List<TermRecord> TERM = SyntheticTerm.builder()
        .seed(2014)
        .cases(20)
        .checkpointEvery(15)
        .cadreBoardKey(BoardKeys.CADRE_BOARD_KEY, KEYS.cadreBoard().getPrivate())
        .executiveBoardKey(BoardKeys.EXECUTIVE_BOARD_KEY, KEYS.executiveBoard().getPrivate())
        .build()
        .records()
        .toList();

    private static final String PREFIX = AuditedCluster.publish(TERM);

    private static final ConsultationRequested FIRST_REQUEST = (ConsultationRequested) EventCodec.create()
        .decode(TERM.stream().filter(TermRecord::isEvent).findFirst().orElseThrow().value());

    private static final String CASE_ID = FIRST_REQUEST.getCaseId();

    @Autowired
    Auditor auditor;

    @Autowired
    ReadModel readModel;

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
        registry.add("phoihop.audit.bootstrap-servers", RealServers::kafkaBootstrapServers);
        registry.add("phoihop.audit.topic-prefix", () -> PREFIX);
        registry.add("phoihop.audit.keys", () -> KEYS.keyring().toString());
        registry.add("phoihop.audit.ingest-interval", () -> "1h");
    }

    @BeforeEach
    void caughtUp() {
        this.auditor.ingest();
    }

    @Test
    void copiesEveryRecordAndJudgesTheHistoryClean() throws Exception {
        this.mvc.perform(get("/api/audit/verification").with(user("a").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.records").value(TERM.size()))
            .andExpect(jsonPath("$.clean").value(true))
            .andExpect(jsonPath("$.cases").value(20))
            .andExpect(jsonPath("$.cleanCases").value(20))
            .andExpect(jsonPath("$.streams[0].linked").value(60));
        this.mvc.perform(get("/api/audit/cases?clean=false").with(user("a").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void aRebuildFromKafkaAloneGivesTheSameVerdicts() {
        String before = this.readModel.digest();

        long read = this.auditor.rebuild();

        assertThat(read).isEqualTo(TERM.size());
        assertThat(this.readModel.digest()).isEqualTo(before);
    }

    @Test
    void showsACaseAsItStoodAtAnInstant() throws Exception {
        this.mvc.perform(get("/api/audit/cases/" + CASE_ID).with(user("a").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.clean").value(true));
        this.mvc.perform(get("/api/audit/cases/" + CASE_ID + "/as-of?at=2100-01-01T00:00:00Z")
            .with(user("a").roles("AUDITOR"))).andExpect(status().isOk());
    }

    @Test
    void refusesABadCaseIdWithTheFieldAndAnUnknownCaseWithNotFound() throws Exception {
        this.mvc.perform(get("/api/audit/cases/not-a-case").with(user("a").roles("AUDITOR")))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        this.mvc.perform(get("/api/audit/cases/00000000-0000-0000-0000-000000000000").with(user("a").roles("AUDITOR")))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        this.mvc.perform(get("/api/audit/reports/term?from=2015-01-01&to=2014-01-01").with(user("a").roles("AUDITOR")))
            .andExpect(status().isBadRequest());
    }

    @Test
    void servesTheTermReportInEachForm() throws Exception {
        this.mvc.perform(get("/api/audit/reports/term?from=2000-01-01&to=2100-01-01&format=csv")
            .with(user("a").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"));
        this.mvc.perform(get("/api/audit/reports/term?from=2000-01-01&to=2100-01-01&format=pdf")
            .with(user("a").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/pdf"));
        this.mvc.perform(get("/api/audit/reports/summary?from=2000-01-01&to=2100-01-01")
            .with(user("a").roles("AUDITOR")))
            .andExpect(status().isOk());
    }

    @Test
    void theConsoleShowsTheVerdictCleanAndAnAdministratorCanReadTheTopicsNow() throws Exception {
        this.mvc.perform(get("/").with(user("a").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"verdict\" class=\"badge ok\""),
                    containsString("<dd id=\"records\">" + TERM.size() + "</dd>"),
                    containsString("id=\"chain-cadre-board\""), containsString("id=\"chain-executive-board\""),
                    containsString("id=\"no-violations\""), not(containsString("id=\"ingest-button\"")))));
        this.mvc.perform(get("/").param("lang", "en").with(user("a").roles("AUDITOR")))
            .andExpect(content().string(allOf(containsString("Verification verdict"),
                    containsString("Clean: no violations found"))));
        this.mvc.perform(post("/ingestion").with(csrf()).with(user("a").roles("ADMIN")))
            .andExpect(redirectedUrl("/"))
            .andExpect(flash().attribute("recordsAdded", 0L));
    }

    @Test
    void theConsoleShowsACaseOnBothBoardsAndAsItStood() throws Exception {
        this.mvc.perform(get("/cases/" + CASE_ID).with(user("a").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"cadre-board-timeline\""),
                    containsString("id=\"executive-board-timeline\""), containsString("Xin ý kiến"),
                    containsString("Tiếp nhận hồ sơ xin ý kiến"),
                    // the synthetic term's boards record no signed-in user
                    containsString("<span class=\"actor\">tự động (Ban tự thực hiện)</span>"),
                    containsString("id=\"case-verdict\" class=\"badge ok\""))));
        this.mvc.perform(get("/cases/" + CASE_ID).param("asOf", "2000-01-01T00:00").with(user("a").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"as-of-not-existed\"")));
        this.mvc.perform(get("/cases/" + CASE_ID).param("asOf", "2100-01-01T00:00").with(user("a").roles("AUDITOR")))
            .andExpect(content().string(allOf(containsString("id=\"cadre-board-status\""),
                    containsString("id=\"executive-board-status\""), not(containsString("as-of-not-existed")))));
    }

    @Test
    void theConsoleSearchesTheCasesByWhatTheReadModelKeeps() throws Exception {
        String subject = FIRST_REQUEST.getSubject().getCadreId().toLowerCase(Locale.ROOT);
        String kind = FIRST_REQUEST.getActionKind().name();
        String link = "href=\"/cases/" + CASE_ID + "\"";

        this.mvc.perform(get("/cases").param("caseId", CASE_ID.substring(0, 8).toUpperCase(Locale.ROOT))
            .with(user("a").roles("AUDITOR")))
            .andExpect(content().string(allOf(containsString(link), containsString("1 hồ sơ"))));
        this.mvc.perform(get("/cases").param("subject", subject).param("kind", kind).param("clean", "true")
            .with(user("a").roles("AUDITOR")))
            .andExpect(content().string(containsString(link)));
        this.mvc.perform(get("/cases").param("subject", subject).param("clean", "false")
            .with(user("a").roles("AUDITOR")))
            .andExpect(content().string(allOf(containsString("id=\"no-cases\""), not(containsString(link)))));
    }

    @Test
    void theConsoleShowsTheTermReportAsATableAChartAndDownloads() throws Exception {
        LocalDate from = LocalDate.of(2000, 1, 1);
        LocalDate to = LocalDate.of(2100, 1, 1);
        TermReport report = this.auditor.termReport(from, to);

        String page = this.mvc.perform(get("/reports/term").param("from", from.toString()).param("to", to.toString())
            .with(user("a").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(page).contains("<svg id=\"term-chart\"", "role=\"img\"")
            .containsPattern(row("row-appointments", report.appointments()))
            .containsPattern(row("row-reappointmentsAndExtensions", report.reappointmentsAndExtensions()))
            .containsPattern(row("row-submittedUpward", report.totalSubmittedUpward()));
        assertThat(report.totalDecidedByCadreBoard()).isPositive();
        this.mvc.perform(get("/reports/term.csv").param("from", from.toString()).param("to", to.toString())
            .with(user("a").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"));
        this.mvc.perform(get("/reports/term.pdf").param("from", from.toString()).param("to", to.toString())
            .with(user("a").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/pdf"));
    }

    @Test
    void everyEndpointIsInTheRoleMatrix() throws Exception {
        String[] readers = { "AUDITOR", "ADMIN" };
        RoleMatrix.of(this.mvc, this.mappings)
            .publicPage(HttpMethod.GET, "/login", "/login")
            .endpoint(HttpMethod.GET, "/api/audit/verification", "/api/audit/verification", null, readers)
            .endpoint(HttpMethod.GET, "/api/audit/cases", "/api/audit/cases", null, readers)
            .endpoint(HttpMethod.GET, "/api/audit/cases/{caseId}", "/api/audit/cases/" + CASE_ID, null, readers)
            .endpoint(HttpMethod.GET, "/api/audit/cases/{caseId}/as-of",
                    "/api/audit/cases/" + CASE_ID + "/as-of?at=2013-01-01T00:00:00Z", null, readers)
            .endpoint(HttpMethod.GET, "/api/audit/reports/term", "/api/audit/reports/term?from=2010-01-01&to=2015-12-31",
                    null, readers)
            .endpoint(HttpMethod.GET, "/api/audit/reports/summary",
                    "/api/audit/reports/summary?from=2010-01-01&to=2015-12-31", null, readers)
            .endpoint(HttpMethod.POST, "/api/audit/ingestion", "/api/audit/ingestion", null, "ADMIN")
            .endpoint(HttpMethod.POST, "/api/audit/rebuild", "/api/audit/rebuild", null, "ADMIN")
            .endpoint(HttpMethod.GET, "/api/regulations", "/api/regulations", null, RoleMatrix.ROLES.toArray(String[]::new))
            .page(HttpMethod.GET, "/", "/", Map.of(), readers)
            .page(HttpMethod.GET, "/cases", "/cases?clean=false", Map.of(), readers)
            .page(HttpMethod.GET, "/cases/{caseId}", "/cases/" + CASE_ID + "?asOf=2013-01-01T00:00", Map.of(), readers)
            .page(HttpMethod.GET, "/reports/term", "/reports/term?from=2010-01-01&to=2015-12-31", Map.of(), readers)
            .page(HttpMethod.GET, "/reports/term.csv", "/reports/term.csv?from=2010-01-01&to=2015-12-31", Map.of(),
                    readers)
            .page(HttpMethod.GET, "/reports/term.pdf", "/reports/term.pdf?from=2010-01-01&to=2015-12-31", Map.of(),
                    readers)
            .page(HttpMethod.POST, "/ingestion", "/ingestion", Map.of(), "ADMIN")
            .page(HttpMethod.POST, "/rebuild", "/rebuild", Map.of(), "ADMIN")
            .verify();
    }

    /** A row of the report page's summary table with its count. */
    private static String row(String id, long count) {
        return "id=\"" + id + "\">\\s*<th scope=\"row\">[^<]+</th>\\s*<td>(<strong>)?" + count + "(</strong>)?</td>";
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("audit-keys");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
