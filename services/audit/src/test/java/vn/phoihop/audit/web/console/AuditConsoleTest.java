package vn.phoihop.audit.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.phoihop.audit.chain.Keyring;
import vn.phoihop.audit.chain.StreamVerdict;
import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.pointintime.CaseStory;
import vn.phoihop.audit.report.TermReport;
import vn.phoihop.audit.service.Auditor;
import vn.phoihop.audit.service.CaseQuery;
import vn.phoihop.audit.service.ReadModel;
import vn.phoihop.audit.service.RecordArchive;
import vn.phoihop.audit.service.Verification;
import vn.phoihop.audit.verdict.Violation;
import vn.phoihop.audit.verification.CaseOutline;
import vn.phoihop.audit.verification.CaseStatus;
import vn.phoihop.audit.verification.CaseVerdict;
import vn.phoihop.audit.web.SecurityConfig;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.spring.RegulationAutoConfiguration;
import vn.phoihop.web.WebAutoConfiguration;

/**
 * The auditor console's pages over stand-ins for the auditor and the read model: what each page shows, what its
 * forms refuse, and that the pages call the same service methods as the API. AuditServiceIT runs them for real.
 */
@WebMvcTest
@Import(SecurityConfig.class)
@ImportAutoConfiguration({ WebAutoConfiguration.class, RegulationAutoConfiguration.class })
@MockitoBean(types = { Auditor.class, ReadModel.class, RecordArchive.class, Keyring.class })
class AuditConsoleTest {

    private static final String CASE_ID = "6f1c1b8e-2a7e-4a5b-9a59-3c1f8a0c0001";

    private static final LocalDate FROM = LocalDate.of(2010, 10, 1);

    private static final LocalDate TO = LocalDate.of(2015, 10, 31);

    @Autowired
    MockMvc mvc;

    @Autowired
    Auditor auditor;

    @Autowired
    ReadModel readModel;

    @Test
    void theOverviewShowsACleanVerdictAndBothChains() throws Exception {
        given(this.readModel.verification()).willReturn(Optional.of(verification(Map.of())));

        page(get("/"), "AUDITOR").andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"verdict\" class=\"badge ok\""),
                    containsString("Sạch: không phát hiện vi phạm"), containsString("id=\"chain-cadre-board\""),
                    containsString("id=\"chain-executive-board\""), containsString(">57<"),
                    not(containsString("id=\"ingest-button\"")))));
    }

    @Test
    void theOverviewCountsViolationsByRuleAndLinksTheCases() throws Exception {
        given(this.readModel.verification()).willReturn(Optional.of(verification(Map.of("quorum", 2L))));
        given(this.readModel.verdicts(CaseQuery.byCleanliness(false), 0, 20)).willReturn(List.of(violating()));

        page(get("/"), "AUDITOR").andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"verdict\" class=\"badge bad\""),
                    containsString("id=\"violations-by-rule\""), containsString("<code>quorum</code>"),
                    containsString("href=\"/cases/" + CASE_ID + "\""))));
    }

    @Test
    void anAdministratorReadsTheTopicsAndRebuildsFromTheOverview() throws Exception {
        given(this.auditor.ingest()).willReturn(3L);
        given(this.auditor.rebuild()).willReturn(120L);

        page(get("/"), "ADMIN").andExpect(content().string(allOf(containsString("id=\"ingest-button\""),
                containsString("id=\"rebuild-button\""), containsString("id=\"not-judged\""))));
        page(post("/ingestion").with(csrf()), "ADMIN").andExpect(redirectedUrl("/"))
            .andExpect(flash().attribute("recordsAdded", 3L));
        page(post("/rebuild").with(csrf()), "ADMIN").andExpect(redirectedUrl("/"))
            .andExpect(flash().attribute("recordsRead", 120L));
        then(this.auditor).should().ingest();
        then(this.auditor).should().rebuild();
    }

    @Test
    void theCasePageShowsBothBoardsSideBySideWithWhoActed() throws Exception {
        given(this.auditor.historyOf(CASE_ID)).willReturn(story().history());
        given(this.readModel.verdictOf(CASE_ID)).willReturn(Optional.of(violating()));

        page(get("/cases/" + CASE_ID), "AUDITOR").andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"cadre-board-timeline\""),
                    containsString("id=\"executive-board-timeline\""), containsString("Xin ý kiến"),
                    containsString("Ý kiến của Ban Thường vụ"), containsString("bởi clerk"),
                    containsString("bởi committee"), containsString("tự động (Ban tự thực hiện)"),
                    containsString("02/01/2012 09:00:00"), containsString("<code class=\"rule\">quorum</code>"),
                    containsString("Cuộc họp Ban Thường vụ chỉ kết luận"), containsString("present 5 of 9"),
                    not(containsString("id=\"as-of\"")))));
    }

    @Test
    void theCasePageShowsTheCaseAsItStoodAtAnInstant() throws Exception {
        given(this.auditor.historyOf(CASE_ID)).willReturn(story().history());

        // an hour and a half into the story: requested, and received by the executive board
        page(get("/cases/" + CASE_ID).param("asOf", "2012-01-02T10:30"), "AUDITOR").andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"as-of\""),
                    containsString("Tình trạng lúc 02/01/2012 10:30:00"), containsString("Chờ ý kiến"),
                    containsString("Đang xem xét"), containsString("đã phản hồi"),
                    containsString("id=\"case-verdict\" class=\"badge warn\""))));
        page(get("/cases/" + CASE_ID).param("asOf", "2000-01-01T00:00"), "AUDITOR")
            .andExpect(content().string(containsString("id=\"as-of-not-existed\"")));
    }

    @Test
    void anInstantThatIsNoInstantComesBackNextToItsField() throws Exception {
        given(this.auditor.historyOf(CASE_ID)).willReturn(story().history());

        page(get("/cases/" + CASE_ID).param("asOf", "yesterday"), "AUDITOR").andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("aria-invalid=\"true\""),
                    containsString("aria-describedby=\"asOf-error\""), containsString("id=\"asOf-error\""),
                    containsString("value=\"yesterday\""), not(containsString("id=\"as-of\"")))));
    }

    @Test
    void aCaseTheHistoryDoesNotHoldIsNotFound() throws Exception {
        given(this.auditor.historyOf(any())).willReturn(new CaseHistory(CASE_ID));

        page(get("/cases/" + CASE_ID), "AUDITOR").andExpect(status().isNotFound());
        page(get("/cases/not-a-case"), "AUDITOR").andExpect(status().isNotFound());
    }

    @Test
    void theCaseSearchAsksTheReadModelWithEveryCriterion() throws Exception {
        given(this.readModel.verdicts(any(), anyInt(), anyInt())).willReturn(List.of(violating()));
        given(this.readModel.countCases(any())).willReturn(60L);

        page(get("/cases").param("caseId", "6f1c").param("subject", "cb-0042").param("kind", "APPOINTMENT")
            .param("status", "PENDING").param("clean", "false").param("page", "1"), "AUDITOR")
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"cases\""), containsString("60 hồ sơ"),
                    containsString("href=\"/cases/" + CASE_ID + "\""), containsString("Trang 2 / 3"),
                    containsString("page=0"), containsString("page=2"))));

        ArgumentCaptor<CaseQuery> query = ArgumentCaptor.forClass(CaseQuery.class);
        then(this.readModel).should().verdicts(query.capture(), eq(1), eq(25));
        assertThat(query.getValue())
            .isEqualTo(new CaseQuery("6f1c", "cb-0042", vn.phoihop.events.ActionKind.APPOINTMENT, CaseStatus.PENDING,
                    false));
    }

    @Test
    void aCriterionThatIsNoneComesBackNextToItsField() throws Exception {
        page(get("/cases").param("kind", "PROMOTION"), "AUDITOR").andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"kind-error\""),
                    containsString("aria-describedby=\"kind-error\""))));
        then(this.readModel).should(never()).verdicts(any(), anyInt(), anyInt());
    }

    @Test
    void theTermReportIsATableAndAnAccessibleChart() throws Exception {
        given(this.auditor.termReport(FROM, TO)).willReturn(seedReport());

        page(get("/reports/term").param("from", "2010-10-01").param("to", "2015-10-31"), "AUDITOR")
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"seed-table\""), containsString(">88<"),
                    containsString(">21<"), containsString(">7<"), containsString(">78<"),
                    containsString(">194<"), containsString(">6<"),
                    containsString("role=\"img\" aria-labelledby=\"chart-title chart-desc\""),
                    containsString("<title id=\"chart-title\""), containsString("<desc id=\"chart-desc\""),
                    containsString("<rect x=\"360\" y=\"0\" width=\"300\""),
                    containsString("href=\"/reports/term.csv?from=2010-10-01&amp;to=2015-10-31\""),
                    containsString("href=\"/reports/term.pdf?from=2010-10-01&amp;to=2015-10-31\""),
                    not(containsString("style=")))));
    }

    @Test
    void theTermReportOpensOnTheDemoTerm() throws Exception {
        page(get("/reports/term"), "AUDITOR").andExpect(redirectedUrl("/reports/term?from=2010-10-01&to=2015-10-31"));
    }

    @Test
    void aPeriodThatEndsBeforeItBeginsComesBackNextToItsField() throws Exception {
        page(get("/reports/term").param("from", "2015-01-01").param("to", "2014-01-01"), "AUDITOR")
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"to-error\""),
                    containsString("Ngày kết thúc không được trước ngày bắt đầu."),
                    not(containsString("id=\"seed-table\"")))));
        page(get("/reports/term.csv").param("from", "2015-01-01").param("to", "2014-01-01"), "AUDITOR")
            .andExpect(status().isSeeOther())
            .andExpect(header().string("Location", "/reports/term?from=2015-01-01&to=2014-01-01"));
        then(this.auditor).should(never()).termReport(any(), any());
    }

    @Test
    void theTermReportDownloadsAsCsvAndPdfOnTheSession() throws Exception {
        given(this.auditor.termReport(FROM, TO)).willReturn(seedReport());

        page(get("/reports/term.csv").param("from", "2010-10-01").param("to", "2015-10-31"), "AUDITOR")
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andExpect(content().string(containsString("categories,appointments,Bổ nhiệm,Appointments,88")));
        page(get("/reports/term.pdf").param("from", "2010-10-01").param("to", "2015-10-31"), "AUDITOR")
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/pdf"));
    }

    @Test
    void everyPageSpeaksEnglishOnRequest() throws Exception {
        given(this.readModel.verification()).willReturn(Optional.of(verification(Map.of())));

        page(get("/").param("lang", "en"), "AUDITOR").andExpect(content().string(allOf(
                containsString("Verification verdict"), containsString("Clean: no violations found"),
                containsString("Both boards&#39; chains"), containsString("lang=\"en\""))));
    }

    private ResultActions page(MockHttpServletRequestBuilder request, String role) throws Exception {
        return this.mvc.perform(request.with(user("someone").roles(role)));
    }

    private static Verification verification(Map<String, Long> violationsByRule) {
        List<Violation> none = List.of();
        return new Verification(120, violationsByRule.isEmpty(), OffsetDateTime.parse("2024-05-01T03:00:00Z"), none,
                20, violationsByRule.isEmpty() ? 20 : 19,
                List.of(new StreamVerdict("cadre-board", 60, 0, 0, 4, 57, none),
                        new StreamVerdict("executive-board", 60, 0, 0, 4, 60, none)),
                violationsByRule);
    }

    private static CaseVerdict violating() {
        CaseOutline outline = new CaseOutline(CASE_ID, "CB-0042", vn.phoihop.events.ActionKind.APPOINTMENT, null,
                null, 1, CaseStatus.PENDING, null, null, LocalDate.of(2012, 1, 2), null, null, null, null, false, false);
        return new CaseVerdict(CASE_ID, outline,
                List.of(Violation.ofCase("quorum", CASE_ID, null, "present 5 of 9, at least 6 (2/3)")));
    }

    /** Requested by the clerk, received by the executive board on its own, answered by the committee. */
    private static CaseStory story() {
        return CaseStory.of(CASE_ID)
            .by("clerk")
            .request(vn.phoihop.events.ActionKind.APPOINTMENT)
            .by(null)
            .receive()
            .by("committee")
            .opinion(OpinionOutcome.AGREE)
            .by("clerk")
            .decisionMeeting()
            .decide(DecisionOutcome.APPROVED, LocalDate.of(2012, 2, 1));
    }

    /** The seed's 2010–2015 table: 88 + 21 + 7 + 78 = 194 decided by the cadre board, 6 submitted upward. */
    private static TermReport seedReport() {
        return new TermReport(FROM, TO,
                Map.of(ActionKind.APPOINTMENT, 88L, ActionKind.TRANSFER_AND_APPOINTMENT, 21L,
                        ActionKind.RECEPTION_AND_APPOINTMENT, 7L, ActionKind.REAPPOINTMENT, 50L,
                        ActionKind.TENURE_EXTENSION, 28L),
                Map.of(ActionKind.APPOINTMENT, 6L), 194, 6, 88, 21, 7, 78, 0);
    }
}
