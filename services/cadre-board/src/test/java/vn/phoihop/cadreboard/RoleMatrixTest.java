package vn.phoihop.cadreboard;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.phoihop.cadreboard.cases.ConsoleFixtures;
import vn.phoihop.cadreboard.cases.WebFixtures;
import vn.phoihop.cadreboard.cases.application.AmendCaseHandler;
import vn.phoihop.cadreboard.cases.application.CasePage;
import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.application.DecideCaseHandler;
import vn.phoihop.cadreboard.cases.application.Dossiers;
import vn.phoihop.cadreboard.cases.application.OpenCaseHandler;
import vn.phoihop.cadreboard.cases.application.RecordDecisionMeetingHandler;
import vn.phoihop.cadreboard.cases.application.RecordHigherDecisionHandler;
import vn.phoihop.cadreboard.cases.application.SubmitCaseHandler;
import vn.phoihop.cadreboard.cases.application.SubmitCaseUpwardHandler;
import vn.phoihop.cadreboard.cases.application.SupplyInformationHandler;
import vn.phoihop.cadreboard.cases.application.TermReport;
import vn.phoihop.cadreboard.cases.application.TermReports;
import vn.phoihop.cadreboard.cases.application.WithdrawCaseHandler;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.web.RoleMatrix;

/** Who may call which endpoint and open which page of the cadre board; the use cases are stand-ins. */
@CadreBoardWebTest
class RoleMatrixTest {

    private static final String CASE = "/api/cases/6f1c1b8e-2a7e-4a5b-9a59-3c1f8a0c0001";

    private static final String PAGE = "/cases/6f1c1b8e-2a7e-4a5b-9a59-3c1f8a0c0001";

    private static final String DOCUMENT = "/documents/" + "ab".repeat(32);

    private static final String[] READERS = { "SECRETARIAT", "AUDITOR", "ADMIN" };

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Autowired
    OpenCaseHandler open;

    @Autowired
    SubmitCaseHandler submit;

    @Autowired
    AmendCaseHandler amend;

    @Autowired
    SupplyInformationHandler supply;

    @Autowired
    WithdrawCaseHandler withdraw;

    @Autowired
    RecordDecisionMeetingHandler meeting;

    @Autowired
    DecideCaseHandler decide;

    @Autowired
    SubmitCaseUpwardHandler submitUpward;

    @Autowired
    RecordHigherDecisionHandler higherDecision;

    @Autowired
    CaseQueries queries;

    @Autowired
    TermReports reports;

    @Autowired
    Dossiers dossiers;

    @Test
    void everyEndpointIsGrantedToItsRolesAndDeniedToTheOthers() throws Exception {
        PersonnelCase someCase = WebFixtures.appointmentCase();
        given(open.handle(any())).willReturn(someCase);
        given(submit.handle(any())).willReturn(someCase);
        given(amend.handle(any())).willReturn(someCase);
        given(supply.handle(any())).willReturn(someCase);
        given(withdraw.handle(any())).willReturn(someCase);
        given(meeting.handle(any())).willReturn(someCase);
        given(decide.handle(any())).willReturn(someCase);
        given(submitUpward.handle(any())).willReturn(someCase);
        given(higherDecision.handle(any())).willReturn(someCase);
        given(queries.get(any())).willReturn(someCase);
        given(queries.search(any(), any(Integer.class), any(Integer.class)))
            .willReturn(new CasePage(List.of(someCase), 1));
        ConsoleFixtures.fileDossiersThrough(dossiers);
        given(dossiers.read(any())).willReturn(Optional.of(ConsoleFixtures.PDF_DOCUMENT));
        given(reports.of(any(), any())).willReturn(new TermReport(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 12, 31),
                Map.of(), Map.of(), 0, 0, 0, 0, 0, 0));

        RoleMatrix.of(mvc, mappings)
            .publicPage(HttpMethod.GET, "/login", "/login")
            .page(HttpMethod.GET, "/", "/", Map.of(), READERS)
            .page(HttpMethod.GET, "/cases", "/cases", Map.of("status", "DRAFT", "q", "Bình"), READERS)
            .page(HttpMethod.GET, "/cases/new", "/cases/new", Map.of("kind", "APPOINTMENT"), "SECRETARIAT")
            .page(HttpMethod.GET, "/cases/{caseId}", PAGE, Map.of(), READERS)
            .page(HttpMethod.GET, "/cases/{caseId}/timeline", PAGE + "/timeline", Map.of(), READERS)
            .page(HttpMethod.GET, "/cases/{caseId}/updates", PAGE + "/updates", Map.of(), READERS)
            .page(HttpMethod.GET, "/documents/{sha256}", DOCUMENT, Map.of(), RoleMatrix.ROLES.toArray(String[]::new))
            .page(HttpMethod.POST, "/cases", "/cases", ConsoleFixtures.APPOINTMENT_FORM, "SECRETARIAT")
            .page(HttpMethod.POST, "/cases/{caseId}/submission", PAGE + "/submission", Map.of(), "SECRETARIAT")
            .page(HttpMethod.POST, "/cases/{caseId}/amendment", PAGE + "/amendment",
                    ConsoleFixtures.amendmentForm("Rút ngắn nhiệm kỳ"), "SECRETARIAT")
            .page(HttpMethod.POST, "/cases/{caseId}/information", PAGE + "/information",
                    Map.of("answers", "Hoàn thành xuất sắc nhiệm vụ"), "SECRETARIAT")
            .page(HttpMethod.POST, "/cases/{caseId}/withdrawal", PAGE + "/withdrawal",
                    Map.of("reason", "Cán bộ xin thôi"), "SECRETARIAT")
            .page(HttpMethod.POST, "/cases/{caseId}/decision-meeting", PAGE + "/decision-meeting",
                    ConsoleFixtures.MEETING_FORM, "SECRETARIAT")
            .page(HttpMethod.POST, "/cases/{caseId}/decision", PAGE + "/decision", ConsoleFixtures.DECISION_FORM,
                    "SECRETARIAT")
            .page(HttpMethod.POST, "/cases/{caseId}/upward-submission", PAGE + "/upward-submission",
                    Map.of("authorityName", "Thủ tướng Chính phủ", "submissionNumber", "45-TTr/BCSĐ", "submittedOn",
                            "2026-11-20"),
                    "SECRETARIAT")
            .page(HttpMethod.POST, "/cases/{caseId}/higher-decision", PAGE + "/higher-decision",
                    Map.of("outcome", "APPROVED", "decisionNumber", "1234/QĐ-TTg", "effectiveDate", "2027-02-01"),
                    "SECRETARIAT")
            .endpoint(HttpMethod.GET, "/api/cases", "/api/cases?status=AWAITING_OPINION&size=50", null, READERS)
            .endpoint(HttpMethod.GET, "/api/cases/{caseId}", CASE, null, READERS)
            .endpoint(HttpMethod.POST, "/api/cases", "/api/cases", WebFixtures.APPOINTMENT, "SECRETARIAT")
            .endpoint(HttpMethod.POST, "/api/cases/{caseId}/submission", CASE + "/submission", null, "SECRETARIAT")
            .endpoint(HttpMethod.POST, "/api/cases/{caseId}/amendment", CASE + "/amendment", WebFixtures.AMENDMENT,
                    "SECRETARIAT")
            .endpoint(HttpMethod.POST, "/api/cases/{caseId}/information", CASE + "/information",
                    WebFixtures.INFORMATION, "SECRETARIAT")
            .endpoint(HttpMethod.POST, "/api/cases/{caseId}/withdrawal", CASE + "/withdrawal", WebFixtures.WITHDRAWAL,
                    "SECRETARIAT")
            .endpoint(HttpMethod.POST, "/api/cases/{caseId}/decision-meeting", CASE + "/decision-meeting",
                    WebFixtures.MEETING, "SECRETARIAT")
            .endpoint(HttpMethod.POST, "/api/cases/{caseId}/decision", CASE + "/decision", WebFixtures.DECISION,
                    "SECRETARIAT")
            .endpoint(HttpMethod.POST, "/api/cases/{caseId}/upward-submission", CASE + "/upward-submission",
                    WebFixtures.UPWARD_SUBMISSION, "SECRETARIAT")
            .endpoint(HttpMethod.POST, "/api/cases/{caseId}/higher-decision", CASE + "/higher-decision",
                    WebFixtures.HIGHER_DECISION, "SECRETARIAT")
            .endpoint(HttpMethod.GET, "/api/reports/term", "/api/reports/term?from=2010-01-01&to=2015-12-31", null,
                    READERS)
            .endpoint(HttpMethod.GET, "/api/regulations", "/api/regulations", null,
                    RoleMatrix.ROLES.toArray(String[]::new))
            .endpoint(HttpMethod.POST, "/api/deadlines/check", "/api/deadlines/check", null, "ADMIN")
            .endpoint(HttpMethod.GET, "/api/admin/dead-letters", "/api/admin/dead-letters?size=20", null, "ADMIN")
            .endpoint(HttpMethod.POST, "/api/admin/dead-letters/{partition}/{offset}/redrive",
                    "/api/admin/dead-letters/0/42/redrive", null, "ADMIN")
            .verify();
    }

}
