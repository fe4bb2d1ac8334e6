package vn.phoihop.executiveboard.consultations.adapter.in.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.executiveboard.committee.application.StandingCommittee;
import vn.phoihop.executiveboard.config.SecurityConfig;
import vn.phoihop.executiveboard.consultations.application.ConsultationFilter;
import vn.phoihop.executiveboard.consultations.application.ConsultationNotFound;
import vn.phoihop.executiveboard.consultations.application.ConsultationQueries;
import vn.phoihop.executiveboard.consultations.application.IssueOpinion;
import vn.phoihop.executiveboard.consultations.application.IssueOpinionHandler;
import vn.phoihop.executiveboard.consultations.application.PublishedEvent;
import vn.phoihop.executiveboard.consultations.application.RecordReviewHandler;
import vn.phoihop.executiveboard.consultations.domain.BallotTally;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures;
import vn.phoihop.executiveboard.consultations.domain.DossierDocument;
import vn.phoihop.executiveboard.consultations.domain.OpinionDraft;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;
import vn.phoihop.executiveboard.consultations.domain.Proposal;
import vn.phoihop.executiveboard.consultations.domain.RequestedConsultation;
import vn.phoihop.web.WebAutoConfiguration;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageRequest;

/**
 * The Standing Committee console's pages; the use cases behind them are stand-ins, and where a rule decides (who
 * reviews, quorum, adoption) the stand-in runs the real domain on the fixtures' seven-member committee.
 */
@WebMvcTest(controllers = { InboxController.class, ConsultationPageController.class, ReviewController.class,
        MeetingController.class })
@Import({ SecurityConfig.class, CommitteeConsole.class })
@ImportAutoConfiguration(WebAutoConfiguration.class)
class CommitteeConsoleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static final String PAGE = "/consultations/" + ConsultationFixtures.CASE_ID;

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ConsultationQueries queries;

    @MockitoBean
    StandingCommittee committee;

    @MockitoBean
    RecordReviewHandler recordReview;

    @MockitoBean
    IssueOpinionHandler issueOpinion;

    private Consultation consultation;

    @BeforeEach
    void aReviewedConsultationBeforeTheSevenMemberCommittee() {
        consultation = ConsultationFixtures.reviewed();
        given(queries.today()).willReturn(TODAY);
        given(queries.get(ConsultationFixtures.CASE_ID)).willAnswer(call -> consultation);
        given(queries.checkOpinion(eq(ConsultationFixtures.CASE_ID), any())).willAnswer(call -> consultation
            .checkOpinion(call.getArgument(1), ConsultationFixtures.ROSTER, ConsultationFixtures.REGULATIONS));
        given(queries.checkOpinion(any(Consultation.class), any(), any())).willAnswer(call -> call
            .<Consultation>getArgument(0)
            .checkOpinion(call.getArgument(2), call.getArgument(1), ConsultationFixtures.REGULATIONS));
        given(committee.roster()).willReturn(ConsultationFixtures.ROSTER);
    }

    @Test
    void theStartPageIsTheInbox() {
        assertThat(mvc.get().uri("/").with(user("committee").roles("STANDING_COMMITTEE")))
            .hasStatus3xxRedirection()
            .hasRedirectedUrl("/consultations");
    }

    @Test
    void theInboxShowsOverdueConsultationsFirstInRedWithAMarker() {
        Consultation overdue = due(LocalDate.of(2026, 11, 25));
        Consultation thisWeek = due(TODAY);
        Consultation later = due(LocalDate.of(2026, 12, 4));
        given(queries.inbox(any(), any()))
            .willReturn(Page.of(List.of(overdue, thisWeek, later), new PageRequest(0, 50), 3));

        String html = body(mvc.get().uri("/consultations").with(user("committee").roles("STANDING_COMMITTEE")));

        assertThat(html).contains("<table id=\"inbox\"");
        assertThat(rowOf(html, overdue)).contains("class=\"overdue\"").contains("Quá hạn");
        assertThat(rowOf(html, thisWeek)).doesNotContain("class=\"overdue\"").contains("Đến hạn trong tuần");
        assertThat(rowOf(html, later)).doesNotContain("class=\"overdue\"", "Quá hạn", "Đến hạn trong tuần")
            .contains("04/12/2026", "Bổ nhiệm", "UV-03 · Thành viên 03", "Chờ Ban Thường vụ");
        assertThat(html.indexOf(id(overdue))).isLessThan(html.indexOf(id(thisWeek)));
        ArgumentCaptor<ConsultationFilter> filter = ArgumentCaptor.forClass(ConsultationFilter.class);
        then(queries).should().inbox(filter.capture(), eq(new PageRequest(0, 50)));
        assertThat(filter.getValue().open()).as("the open ones unless asked for the closed").isTrue();
    }

    @Test
    void aMalformedFilterIsRefusedAsAPageErrorNotAsJson() {
        MvcTestResult refused = mvc.get()
            .uri("/consultations?status=SOMETHING")
            .with(user("auditor").roles("AUDITOR"))
            .exchange();

        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentType()).isNotEqualTo("application/problem+json");
        then(queries).should(never()).inbox(any(), any());
    }

    @Test
    void theClosedConsultationsAreBehindTheirOwnFilter() {
        given(queries.inbox(any(), any())).willReturn(Page.of(List.of(), new PageRequest(0, 50), 0));

        assertThat(body(mvc.get().uri("/consultations?closed=true").with(user("auditor").roles("AUDITOR"))))
            .contains("id=\"inbox-empty\"");
        assertThat(body(mvc.get().uri("/consultations?status=WITHDRAWN").with(user("auditor").roles("AUDITOR"))))
            .contains("id=\"inbox-empty\"");

        ArgumentCaptor<ConsultationFilter> filter = ArgumentCaptor.forClass(ConsultationFilter.class);
        then(queries).should(times(2)).inbox(filter.capture(), any());
        assertThat(filter.getAllValues().get(0).open()).isFalse();
        assertThat(filter.getAllValues().get(1).open()).isNull();
    }

    @Test
    void theConsultationPageShowsTheProposalDossierReviewAndWhoActed() {
        consultation = Consultation.open(ConsultationFixtures.request()
            .dossier(new DossierDocument("To trinh.pdf", "application/pdf", "ab".repeat(32)))
            .build(), ConsultationFixtures.REGULATIONS, ConsultationFixtures.ROSTER).consultation();
        given(queries.history(ConsultationFixtures.CASE_ID)).willReturn(List.of(
                new PublishedEvent("ConsultationReceived", 1, ConsultationFixtures.NOW.minusSeconds(86400), null),
                new PublishedEvent("MemberReviewRecorded", 2, ConsultationFixtures.NOW, "uv03")));

        String html = body(mvc.get().uri(PAGE).with(user("auditor").roles("AUDITOR")));

        assertThat(html).contains("Kiện toàn lãnh đạo Vụ", "Nguyễn Văn An (CB-0001)",
                "href=\"http://localhost:8081/documents/" + "ab".repeat(32) + "\"", "id=\"timeline\"",
                "Đảng ủy cơ quan tự thực hiện", "bởi uv03", "bởi Ban Cán sự đảng");
        assertThat(html).doesNotContain("id=\"review-form\"", "id=\"meeting-form\"");
    }

    @Test
    void onlyTheAssignedMemberIsOfferedTheReviewForm() {
        consultation = ConsultationFixtures.pending();

        assertThat(body(mvc.get().uri(PAGE).with(user("uv03").roles("ASSIGNED_MEMBER"))))
            .contains("id=\"review-form\"");
        assertThat(body(mvc.get().uri(PAGE).with(user("uv05").roles("ASSIGNED_MEMBER"))))
            .doesNotContain("id=\"review-form\"")
            .contains("Chỉ cấp ủy viên theo dõi đơn vị (UV-03)");
        assertThat(body(mvc.get().uri(PAGE).with(user("committee").roles("STANDING_COMMITTEE"))))
            .doesNotContain("id=\"review-form\"");
    }

    @Test
    void anotherMembersReviewIsRefusedByTheDomainOnThePage() {
        consultation = ConsultationFixtures.pending();
        given(recordReview.handle(any())).willAnswer(call -> {
            consultation.recordReview(Optional.of("UV-05"), OpinionOutcome.AGREE, "n", TODAY);
            return consultation;
        });

        MvcTestResult result = mvc.post()
            .uri(PAGE + "/review")
            .with(user("uv05").roles("ASSIGNED_MEMBER"))
            .with(csrf())
            .param("recommendation", "AGREE")
            .param("note", "Đủ tiêu chuẩn")
            .exchange();

        assertThat(result).hasStatus(422);
        assertThat(result).bodyText()
            .contains("id=\"refusal\"", "review-by-assigned-member", "Only member UV-03")
            .doesNotContain("id=\"review-form\"");
    }

    @Test
    void theAssignedMembersReviewIsRecordedAndThePageShownAgain() {
        consultation = ConsultationFixtures.pending();
        given(recordReview.handle(any())).willReturn(consultation);

        MvcTestResult result = mvc.post()
            .uri(PAGE + "/review")
            .with(user("uv03").roles("ASSIGNED_MEMBER"))
            .with(csrf())
            .param("recommendation", "AGREE_WITH_CONDITIONS")
            .param("note", "Đủ tiêu chuẩn")
            .exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(PAGE);
        assertThat(result).flash().containsEntry("notice", "notice.reviewed");
        then(recordReview).should().handle(argThat(command -> command.username()
            .equals("uv03") && command.recommendation() == OpinionOutcome.AGREE_WITH_CONDITIONS));
    }

    @Test
    void aReviewWithoutANoteComesBackWithTheErrorNextToTheField() {
        consultation = ConsultationFixtures.pending();

        MvcTestResult result = mvc.post()
            .uri(PAGE + "/review")
            .with(user("uv03").roles("ASSIGNED_MEMBER"))
            .with(csrf())
            .param("recommendation", "AGREE")
            .param("note", " ")
            .exchange();

        assertThat(result).hasStatus(422);
        assertThat(result).bodyText()
            .contains("id=\"note-error\"", "aria-describedby=\"note-error\"", "aria-invalid=\"true\"");
        then(recordReview).should(never()).handle(any());
    }

    @Test
    void theLiveCheckSaysThereIsNoQuorumWithTheNumbersAndKeepsTheButtonDisabled() {
        MvcTestResult result = check(meeting("/meeting/check", 4, 3).param("lang", "vi"));

        assertThat(result).hasStatus(200);
        assertThat(result).bodyText()
            .contains("Không đủ số lượng (có mặt 4 / 7 được triệu tập, cần 5)", "data-rule=\"quorum\"")
            .containsPattern("<button[^>]*id=\"issue-opinion\"[^>]*disabled")
            .contains("hx-swap-oob=\"true\"");
    }

    @Test
    void theLiveCheckSaysAValidMeetingIsQuorateAndAdopted() {
        MvcTestResult result = check(meeting("/meeting/check", 6, 5));

        assertThat(result).bodyText()
            .contains("Đủ số lượng (có mặt 6 / 7 được triệu tập, cần 5)",
                    "Được thông qua (Đồng ý: 5 / 7, cần 4)")
            .doesNotContain("check-problems")
            .doesNotContainPattern("<button[^>]*id=\"issue-opinion\"[^>]*disabled");
    }

    @Test
    void theLiveCheckNamesAnUnrecusedSubjectOfTheCase() {
        consultation = Consultation.open(ConsultationFixtures.request().subject("CB-0106").build(),
                ConsultationFixtures.REGULATIONS, ConsultationFixtures.ROSTER).consultation();
        consultation.recordReview(Optional.of("UV-03"), OpinionOutcome.AGREE, "n", TODAY);

        assertThat(check(meeting("/meeting/check", 6, 5))).bodyText()
            .contains("data-rule=\"recusal\"", "Member UV-06 is the subject");
    }

    @Test
    void anInvalidMeetingIsRefusedOnThePageAndNothingIsIssued() {
        given(issueOpinion.handle(any())).willAnswer(call -> {
            IssueOpinion command = call.getArgument(0);
            return consultation.issueOpinion(command.draft(), ConsultationFixtures.ROSTER,
                    ConsultationFixtures.REGULATIONS, ConsultationFixtures.NOW);
        });

        MvcTestResult result = meeting("/opinion", 4, 3).exchange();

        assertThat(result).hasStatus(422);
        assertThat(result).bodyText()
            .contains("id=\"refusal\"", "data-rule=\"quorum\"",
                    "Quorum not met: 4 of 7 summoned members present; at least 5 (2/3) are required.")
            .contains("id=\"present-UV-04\" value=\"UV-04\" checked")
            .doesNotContain("id=\"present-UV-05\" value=\"UV-05\" checked");
        assertThat(consultation.state().opinion()).as("nothing issued").isNull();
    }

    @Test
    void aValidMeetingIssuesTheOpinionAndReturnsToThePage() {
        given(issueOpinion.handle(any())).willReturn(consultation);

        MvcTestResult result = meeting("/opinion", 6, 5).exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(PAGE);
        assertThat(result).flash().containsEntry("notice", "notice.opinionIssued");
        ArgumentCaptor<IssueOpinion> command = ArgumentCaptor.forClass(IssueOpinion.class);
        then(issueOpinion).should().handle(command.capture());
        OpinionDraft draft = command.getValue().draft();
        assertThat(draft.proposalVersion()).isEqualTo(1);
        assertThat(draft.outcome()).isEqualTo(OpinionOutcome.AGREE);
        assertThat(draft.minutes().summoned()).hasSize(7);
        assertThat(draft.minutes().present()).containsExactlyElementsOf(ConsultationFixtures.members(6));
        assertThat(draft.minutes().recusals()).isEmpty();
        assertThat(draft.minutes().tally()).isEqualTo(new BallotTally(5, 1, 0, 0));
    }

    @Test
    void aNegativeCountComesBackNextToItsFieldAndNothingIsIssued() {
        MvcTestResult result = meeting("/opinion", 6, -1).exchange();

        assertThat(result).hasStatus(422);
        assertThat(result).bodyText().contains("id=\"tally-agree-error\"", "aria-describedby=\"tally-agree-error\"");
        then(issueOpinion).should(never()).handle(any());
    }

    @Test
    void theSecretarySeesTheMeetingFormWithTheRosterAndTheCheck() {
        String html = body(mvc.get().uri(PAGE).with(user("committee").roles("STANDING_COMMITTEE")));

        assertThat(html).contains("id=\"meeting-form\"", "hx-trigger=\"input changed delay:300ms, change\"",
                "hx-target=\"#meeting-check\"", "hx-post=\"/consultations/" + ConsultationFixtures.CASE_ID
                        + "/meeting/check\"",
                "id=\"summoned-UV-07\"", "id=\"recusal-UV-07\"", "Không đủ số lượng (có mặt 0 / 7");
        assertThat(html).containsPattern("<button[^>]*id=\"issue-opinion\"[^>]*disabled");
    }

    @Test
    void theConsoleSpeaksEnglishOnRequest() {
        given(queries.inbox(any(), any())).willReturn(Page.of(List.of(due(LocalDate.of(2026, 11, 25))),
                new PageRequest(0, 50), 1));

        assertThat(body(mvc.get().uri("/consultations?lang=en").with(user("committee").roles("STANDING_COMMITTEE"))))
            .contains("<h1>Consultations</h1>", "Overdue", "Awaiting the Standing Committee");
        assertThat(check(meeting("/meeting/check", 4, 3).param("lang", "en"))).bodyText()
            .contains("No quorum (present 4 of 7 summoned, needed 5)");
    }

    @Test
    void anUnknownConsultationIsTheNotFoundPage() {
        UUID unknown = UUID.randomUUID();
        given(queries.get(unknown)).willThrow(new ConsultationNotFound(unknown));

        assertThat(mvc.get().uri("/consultations/" + unknown).with(user("auditor").roles("AUDITOR")))
            .hasStatus(404);
    }

    /** The committee's secretary posting a meeting: all seven summoned, the first {@code present} came. */
    private MockMvcRequestBuilder meeting(String action, int present, int agree) {
        MockMvcRequestBuilder request = mvc.post()
            .uri(PAGE + action)
            .with(user("committee").roles("STANDING_COMMITTEE"))
            .with(csrf())
            .param("proposalVersion", "1")
            .param("date", LocalDate.now().minusDays(1).toString())
            .param("summoned", ConsultationFixtures.members(7).toArray(String[]::new))
            .param("present", ConsultationFixtures.members(present).toArray(String[]::new))
            .param("agree", Integer.toString(agree))
            .param("disagree", Integer.toString(present - agree))
            .param("abstain", "0")
            .param("invalid", "0")
            .param("outcome", "AGREE");
        ConsultationFixtures.members(7).forEach(id -> request.param("recusals[" + id + "]", ""));
        return request;
    }

    private MvcTestResult check(MockMvcRequestBuilder request) {
        return request.header("HX-Request", "true").exchange();
    }

    private static String body(MockMvcRequestBuilder request) {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static Consultation due(LocalDate dueDate) {
        RequestedConsultation fixture = ConsultationFixtures.request().due(dueDate).build();
        Proposal proposal = fixture.proposal();
        return Consultation.open(new RequestedConsultation(UUID.randomUUID(), fixture.requestEventId(), 1, proposal,
                fixture.regulation(), fixture.requestDate(), dueDate), ConsultationFixtures.REGULATIONS,
                ConsultationFixtures.ROSTER).consultation();
    }

    private static String id(Consultation consultation) {
        return "id=\"case-" + consultation.request().caseId() + "\"";
    }

    private static String rowOf(String html, Consultation consultation) {
        int start = html.indexOf("<tr " + id(consultation));
        assertThat(start).as("the row of %s", consultation.request().caseId()).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

}
