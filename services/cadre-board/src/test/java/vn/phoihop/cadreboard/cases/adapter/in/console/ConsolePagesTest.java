package vn.phoihop.cadreboard.cases.adapter.in.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.phoihop.cadreboard.CadreBoardWebTest;
import vn.phoihop.cadreboard.cases.ConsoleFixtures;
import vn.phoihop.cadreboard.cases.WebFixtures;
import vn.phoihop.cadreboard.cases.application.CaseFilter;
import vn.phoihop.cadreboard.cases.application.CaseNotFound;
import vn.phoihop.cadreboard.cases.application.CasePage;
import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.application.DecideCase;
import vn.phoihop.cadreboard.cases.application.DecideCaseHandler;
import vn.phoihop.cadreboard.cases.application.Dossiers;
import vn.phoihop.cadreboard.cases.application.OpenCase;
import vn.phoihop.cadreboard.cases.application.OpenCaseHandler;
import vn.phoihop.cadreboard.cases.application.TimelineEntry;
import vn.phoihop.cadreboard.cases.application.TimelineStep;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.CaseStatus;
import vn.phoihop.cadreboard.cases.domain.DecisionOutcome;
import vn.phoihop.cadreboard.cases.domain.DossierDocument;
import vn.phoihop.cadreboard.cases.domain.DossierFile;
import vn.phoihop.cadreboard.cases.domain.FinaliseDecision;
import vn.phoihop.cadreboard.cases.domain.MeetingVote;
import vn.phoihop.cadreboard.cases.domain.OpinionOutcome;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.cadreboard.cases.domain.ReceivedOpinion;
import vn.phoihop.cadreboard.cases.domain.UpwardSubmission;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.PositionTier;

/** The secretariat's pages as a browser sees them; the use cases are stand-ins, asking the domain where it refuses. */
@CadreBoardWebTest
class ConsolePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseQueries queries;

    @Autowired
    OpenCaseHandler open;

    @Autowired
    DecideCaseHandler decide;

    @Autowired
    Dossiers dossiers;

    private final PersonnelCase someCase = WebFixtures.appointmentCase();

    @Test
    void theListShowsTheCasesTheFiltersFind() throws Exception {
        given(queries.search(any(), eq(0), eq(CaseListController.PAGE_SIZE)))
            .willReturn(new CasePage(List.of(someCase), 1));

        clerk(get("/cases").param("status", "DRAFT").param("kind", "APPOINTMENT").param("q", "Bình"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<option value=\"DRAFT\" selected=\"selected\">Dự thảo"),
                    containsString("<option value=\"APPOINTMENT\" selected=\"selected\">Bổ nhiệm"),
                    containsString("value=\"Bình\""), containsString("href=\"/cases/" + someCase.id() + "\""),
                    containsString("Trần Thị Bình"), containsString("Có 1 hồ sơ"))));
        then(queries).should()
            .search(new CaseFilter(CaseStatus.DRAFT, ActionKind.APPOINTMENT, null, null, "Bình"), 0,
                    CaseListController.PAGE_SIZE);
    }

    @Test
    void theNewCaseFormShowsOnlyTheFieldsOfTheKind() throws Exception {
        clerk(get("/cases/new").param("kind", "DISCIPLINE")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"case-currentPosition-title\""),
                    containsString("id=\"case-disciplineMeasure\""), not(containsString("case-targetPosition")),
                    not(containsString("case-termYears")))));
    }

    @Test
    void aMissingNameComesBackNextToItsFieldAndNothingIsCalled() throws Exception {
        Map<String, String> form = new HashMap<>(ConsoleFixtures.APPOINTMENT_FORM);
        form.put("subject.fullName", " ");

        clerk(upload(form)).andExpect(status().isUnprocessableContent())
            .andExpect(content().string(allOf(
                    containsString("aria-invalid=\"true\"\n         aria-describedby=\"case-fullName-error\""),
                    containsString("id=\"case-fullName-error\""), containsString("Không được để trống."))));
        verifyNoInteractions(open, dossiers);
    }

    @Test
    void anOpenedCaseIsShownWithItsDossier() throws Exception {
        ConsoleFixtures.fileDossiersThrough(dossiers);
        given(open.handle(any())).willReturn(someCase);

        clerk(upload(ConsoleFixtures.APPOINTMENT_FORM)
            .file(new MockMultipartFile("documents", "to-trinh.pdf", "application/pdf", ConsoleFixtures.PDF)))
            .andExpect(redirectedUrl("/cases/" + someCase.id()))
            .andExpect(flash().attribute("done", "done.opened"));
        ArgumentCaptor<OpenCase> opened = ArgumentCaptor.forClass(OpenCase.class);
        then(open).should().handle(opened.capture());
        assertThat(opened.getValue().proposal().dossier()).containsExactly(new DossierDocument("to-trinh.pdf",
                "application/pdf", DossierFile.pdf("documents", "x", "application/pdf", ConsoleFixtures.PDF).sha256()));
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedWithItsName() throws Exception {
        ConsoleFixtures.fileDossiersThrough(dossiers);

        clerk(upload(ConsoleFixtures.APPOINTMENT_FORM).file(new MockMultipartFile("documents", "ghi-chu.pdf",
                "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8))))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().string(allOf(containsString("id=\"case-documents-error\""),
                    containsString("Chỉ nhận tệp PDF: ghi-chu.pdf is not a PDF"))));
        verifyNoInteractions(open);
    }

    @Test
    void aDecisionBeforeTheOpinionIsRefusedWithTheRuleAndNothingChanges() throws Exception {
        given(queries.get(any())).willReturn(someCase);
        given(decide.handle(any())).willAnswer(
                invocation -> someCase.decide(invocation.<DecideCase>getArgument(0).decision(), Instant.now()));

        clerk(post("/cases/" + someCase.id() + "/decision").params(multiValue(ConsoleFixtures.DECISION_FORM)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().string(allOf(containsString("id=\"refusal\""),
                    containsString("<code id=\"refusal-rule\">opinion-before-decision</code>"),
                    containsString("Chưa có ý kiến của Ban Thường vụ Đảng ủy về phiên bản đề xuất hiện tại"),
                    containsString("<span id=\"status-badge\" class=\"badge\">Dự thảo</span>"))));
        assertThat(someCase.status()).isEqualTo(CaseStatus.DRAFT);
    }

    @Test
    void theCasePageShowsTheHistoryWithWhoActed() throws Exception {
        given(queries.get(any())).willReturn(someCase);
        given(queries.timeline(someCase.id())).willReturn(List.of(
                new TimelineEntry(Instant.parse("2026-11-20T03:00:00Z"), TimelineStep.SUBMITTED, 1,
                        "AWAITING_OPINION", "clerk"),
                new TimelineEntry(Instant.parse("2026-11-24T02:30:00Z"), TimelineStep.OPINION_ISSUED, 1, "AGREE",
                        "committee")));

        clerk(get("/cases/" + someCase.id() + "/timeline")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("20/11/2026 10:00"), containsString("Gửi đề xuất"),
                    containsString("(Chờ ý kiến)"), containsString("bởi clerk"),
                    containsString("class=\"other-board\""),
                    containsString("(Đồng ý)"), containsString("bởi committee"),
                    containsString("id=\"status-badge\" class=\"badge\" hx-swap-oob=\"true\""))));
    }

    @Test
    void aRequestForInformationIsAnsweredQuestionByQuestion() throws Exception {
        someCase.submit(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20));
        someCase.receive(new ReceivedOpinion(UUID.randomUUID(), 1, OpinionOutcome.REQUEST_INFORMATION, null,
                List.of("Kết quả đánh giá 3 năm gần nhất?"), Instant.parse("2026-11-24T02:30:00Z")), "2013.1");
        given(queries.get(any())).willReturn(someCase);

        clerk(get("/cases/" + someCase.id())).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"information-form\""),
                    containsString("<label for=\"information-answer-0\">Kết quả đánh giá 3 năm gần nhất?</label>"),
                    containsString("id=\"amend-form\""), not(containsString("id=\"submit-form\"")),
                    not(containsString("id=\"decision-form\"")))));
    }

    @Test
    void aCaseVotedOnShowsTheFormOfTheStepItsTierCallsFor() throws Exception {
        PersonnelCase deputyMinister = PersonnelCase.open(CaseId.random(),
                WebFixtures.appointment(PositionTier.DEPUTY_MINISTER), someCase.regulation());
        votedOn(someCase);
        votedOn(deputyMinister);

        given(queries.get(any())).willReturn(someCase);
        clerk(get("/cases/" + someCase.id())).andExpect(content().string(allOf(containsString("id=\"meeting-form\""),
                containsString("id=\"decision-form\""), not(containsString("id=\"upward-form\"")))));
        given(queries.get(any())).willReturn(deputyMinister);
        clerk(get("/cases/" + deputyMinister.id())).andExpect(content().string(allOf(
                containsString("id=\"upward-form\""), not(containsString("id=\"decision-form\"")))));
        deputyMinister.submitUpward(new UpwardSubmission("Thủ tướng Chính phủ", "45-TTr/BCSĐ",
                LocalDate.of(2026, 11, 26)), LocalDate.of(2026, 11, 26));
        clerk(get("/cases/" + deputyMinister.id())).andExpect(content().string(allOf(
                containsString("id=\"higher-decision-form\""),
                containsString("Thủ tướng Chính phủ, tờ trình số 45-TTr/BCSĐ"))));
    }

    @Test
    void aDecidedCaseShowsItsDecisionAndNoMoreSteps() throws Exception {
        votedOn(someCase);
        someCase.decide(new FinaliseDecision(DecisionOutcome.APPROVED, "123-QĐ/BCSĐ", LocalDate.of(2027, 1, 1), null),
                Instant.parse("2026-11-26T03:00:00Z"));
        given(queries.get(any())).willReturn(someCase);

        clerk(get("/cases/" + someCase.id())).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Phê duyệt, số 123-QĐ/BCSĐ, hiệu lực từ 01/01/2027"),
                    containsString("Họp ngày 25/11/2026: 8/9 có mặt; 7 tán thành"),
                    containsString("class=\"badge ok\">Đã quyết định"), not(containsString("id=\"actions\"")))));
    }

    @Test
    void anUnknownCaseIsTheConsolesNotFoundPage() throws Exception {
        given(queries.get(any())).willThrow(new CaseNotFound(someCase.id()));

        clerk(get("/cases/" + someCase.id())).andExpect(status().isNotFound())
            .andExpect(content().string(containsString("Không tìm thấy trang này.")));
    }

    @Test
    void theEnglishSwitchChangesTheHeadings() throws Exception {
        given(queries.search(any(), eq(0), eq(CaseListController.PAGE_SIZE))).willReturn(new CasePage(List.of(), 0));

        clerk(get("/cases")).andExpect(content().string(containsString("<h1>Hồ sơ công tác cán bộ</h1>")));
        clerk(get("/cases").param("lang", "en"))
            .andExpect(content().string(containsString("<h1>Personnel cases</h1>")));
    }

    @Test
    void aDocumentIsServedAsAnInlinePdfThatIsNeverSniffed() throws Exception {
        given(dossiers.read("ab".repeat(32))).willReturn(Optional.of(ConsoleFixtures.PDF_DOCUMENT));

        mvc.perform(get("/documents/" + "ab".repeat(32)).with(user("committee").roles("STANDING_COMMITTEE")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andExpect(header().string("Content-Disposition", containsString("inline; filename=")))
            .andExpect(header().string("Content-Disposition",
                    containsString("filename*=UTF-8''t%E1%BB%9D%20tr%C3%ACnh.pdf")))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(content().bytes(ConsoleFixtures.PDF));
    }

    /** Submitted, agreed to by the executive board and voted for by the board: 7 of its 9 members. */
    private static void votedOn(PersonnelCase c) {
        c.submit(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20));
        c.receive(new ReceivedOpinion(UUID.randomUUID(), 1, OpinionOutcome.AGREE, null, List.of(),
                Instant.parse("2026-11-24T02:30:00Z")), "2013.1");
        c.published(c.recordDecisionMeeting(new MeetingVote(LocalDate.of(2026, 11, 25), 9, 8, 7, 1, 0),
                LocalDate.of(2026, 11, 25)), UUID.randomUUID());
    }

    private MockMultipartHttpServletRequestBuilder upload(Map<String, String> form) {
        MockMultipartHttpServletRequestBuilder request = multipart("/cases");
        form.forEach(request::param);
        return request;
    }

    private ResultActions clerk(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user("clerk").roles("SECRETARIAT")).with(csrf()));
    }

    private static MultiValueMap<String, String> multiValue(Map<String, String> form) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        form.forEach(values::add);
        return values;
    }

}
