package vn.phoihop.executiveboard;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.phoihop.executiveboard.committee.application.AssignUnitHandler;
import vn.phoihop.executiveboard.committee.application.RosterQueries;
import vn.phoihop.executiveboard.committee.application.SaveMemberHandler;
import vn.phoihop.executiveboard.committee.application.StandingCommittee;
import vn.phoihop.executiveboard.committee.domain.RosterFixtures;
import vn.phoihop.executiveboard.config.SecurityConfig;
import vn.phoihop.executiveboard.consultations.adapter.in.console.CommitteeConsole;
import vn.phoihop.executiveboard.consultations.application.ConsultationQueries;
import vn.phoihop.executiveboard.consultations.application.IssueOpinionHandler;
import vn.phoihop.executiveboard.consultations.application.RecordReviewHandler;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures;
import vn.phoihop.messaging.DeadLetterAdmin;
import vn.phoihop.messaging.DeadLetterController;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageRequest;
import vn.phoihop.regulation.spring.RegulationAutoConfiguration;
import vn.phoihop.web.RoleMatrix;
import vn.phoihop.web.WebAutoConfiguration;

/** Who may call which endpoint of the executive board; the use cases behind the controllers are stand-ins. */
@WebMvcTest
@Import({ SecurityConfig.class, CommitteeConsole.class, DeadLetterController.class })
@ImportAutoConfiguration({ WebAutoConfiguration.class, RegulationAutoConfiguration.class })
class RoleMatrixTest {

    private static final String CONSULTATION = "/api/consultations/" + ConsultationFixtures.CASE_ID;

    private static final String PAGE = "/consultations/" + ConsultationFixtures.CASE_ID;

    private static final Map<String, String> REVIEW = Map.of("recommendation", "AGREE", "note", "Đủ tiêu chuẩn");

    private static final Map<String, String> MEETING = Map.of("proposalVersion", "1", "date", "2026-01-05",
            "summoned", "UV-01", "present", "UV-01", "agree", "1", "disagree", "0", "abstain", "0", "invalid", "0",
            "outcome", "AGREE");

    private static final String[] READERS = { "STANDING_COMMITTEE", "ASSIGNED_MEMBER", "AUDITOR", "ADMIN" };

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @MockitoBean
    ConsultationQueries queries;

    @MockitoBean
    RecordReviewHandler recordReview;

    @MockitoBean
    IssueOpinionHandler issueOpinion;

    @MockitoBean
    RosterQueries roster;

    @MockitoBean
    SaveMemberHandler saveMember;

    @MockitoBean
    AssignUnitHandler assignUnit;

    @MockitoBean
    StandingCommittee committee;

    @MockitoBean
    DeadLetterAdmin deadLetters;

    @Test
    void everyEndpointIsGrantedToItsRolesAndDeniedToTheOthers() throws Exception {
        Consultation consultation = ConsultationFixtures.pending();
        PageRequest firstPage = new PageRequest(0, 50);
        given(queries.today()).willReturn(LocalDate.of(2026, 11, 27));
        given(queries.get(any())).willReturn(consultation);
        given(queries.list(any(), any())).willReturn(Page.of(List.of(consultation), firstPage, 1));
        given(queries.inbox(any(), any())).willReturn(Page.of(List.of(consultation), firstPage, 1));
        given(queries.checkOpinion(any(), any())).willAnswer(call -> consultation.checkOpinion(call.getArgument(1),
                RosterFixtures.roster(), ConsultationFixtures.REGULATIONS));
        given(queries.checkOpinion(any(Consultation.class), any(), any())).willAnswer(call -> consultation
            .checkOpinion(call.getArgument(2), call.getArgument(1), ConsultationFixtures.REGULATIONS));
        given(committee.roster()).willReturn(RosterFixtures.roster());
        given(recordReview.handle(any())).willReturn(consultation);
        given(issueOpinion.handle(any())).willReturn(consultation);
        given(roster.members(any())).willReturn(Page.slice(RosterFixtures.sevenMembers(), firstPage));
        given(roster.assignments(any())).willReturn(Page.slice(RosterFixtures.assignments(), firstPage));
        given(saveMember.handle(any())).willReturn(RosterFixtures.member(1));
        given(assignUnit.handle(any())).willReturn(RosterFixtures.assignments().getFirst());

        RoleMatrix.of(mvc, mappings)
            .publicPage(HttpMethod.GET, "/login", "/login")
            .page(HttpMethod.GET, "/", "/", Map.of(), READERS)
            .page(HttpMethod.GET, "/consultations", "/consultations?closed=true", Map.of(), READERS)
            .page(HttpMethod.GET, "/consultations/{caseId}", PAGE, Map.of(), READERS)
            .page(HttpMethod.POST, "/consultations/{caseId}/review", PAGE + "/review", REVIEW, "ASSIGNED_MEMBER")
            .page(HttpMethod.POST, "/consultations/{caseId}/meeting/check", PAGE + "/meeting/check", MEETING,
                    "STANDING_COMMITTEE")
            .page(HttpMethod.POST, "/consultations/{caseId}/opinion", PAGE + "/opinion", MEETING,
                    "STANDING_COMMITTEE")
            .endpoint(HttpMethod.GET, "/api/consultations", "/api/consultations?overdue=true", null, READERS)
            .endpoint(HttpMethod.GET, "/api/consultations/{caseId}", CONSULTATION, null, READERS)
            .endpoint(HttpMethod.POST, "/api/consultations/{caseId}/review", CONSULTATION + "/review", """
                    {"recommendation":"AGREE","note":"Đủ tiêu chuẩn"}""", "ASSIGNED_MEMBER")
            .endpoint(HttpMethod.POST, "/api/consultations/{caseId}/opinion", CONSULTATION + "/opinion", """
                    {"outcome":"AGREE",
                     "meeting":{"date":"2026-11-20","summoned":["UV-01","UV-02","UV-03"],"present":["UV-01","UV-02"]},
                     "tally":{"agree":2,"disagree":0,"abstain":0,"invalid":0}}""", "STANDING_COMMITTEE")
            .endpoint(HttpMethod.GET, "/api/members", "/api/members", null, READERS)
            .endpoint(HttpMethod.PUT, "/api/members/{memberId}", "/api/members/UV-01", """
                    {"fullName":"Thành viên 01","active":true}""", "ADMIN")
            .endpoint(HttpMethod.GET, "/api/unit-assignments", "/api/unit-assignments", null, READERS)
            .endpoint(HttpMethod.PUT, "/api/unit-assignments/{unitCode}", "/api/unit-assignments/VU-TCCB", """
                    {"memberId":"UV-03"}""", "ADMIN")
            .endpoint(HttpMethod.GET, "/api/admin/dead-letters", "/api/admin/dead-letters?size=20", null, "ADMIN")
            .endpoint(HttpMethod.POST, "/api/admin/dead-letters/{partition}/{offset}/redrive",
                    "/api/admin/dead-letters/0/42/redrive", null, "ADMIN")
            .endpoint(HttpMethod.GET, "/api/regulations", "/api/regulations", null, "SECRETARIAT",
                    "STANDING_COMMITTEE", "ASSIGNED_MEMBER", "AUDITOR", "ADMIN")
            .verify();
    }

}
