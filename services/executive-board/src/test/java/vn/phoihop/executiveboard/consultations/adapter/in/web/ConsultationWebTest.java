package vn.phoihop.executiveboard.consultations.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.executiveboard.config.SecurityConfig;
import vn.phoihop.executiveboard.consultations.application.ConsultationFilter;
import vn.phoihop.executiveboard.consultations.application.ConsultationNotFound;
import vn.phoihop.executiveboard.consultations.application.ConsultationQueries;
import vn.phoihop.executiveboard.consultations.application.IssueOpinion;
import vn.phoihop.executiveboard.consultations.application.IssueOpinionHandler;
import vn.phoihop.executiveboard.consultations.application.RecordReview;
import vn.phoihop.executiveboard.consultations.application.RecordReviewHandler;
import vn.phoihop.executiveboard.consultations.domain.BallotTally;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageRequest;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.RegulationKey;
import vn.phoihop.web.WebAutoConfiguration;

/** The consultation API's requests and answers; the use cases behind it are stand-ins or the real domain. */
@WebMvcTest(ConsultationController.class)
@Import(SecurityConfig.class)
@ImportAutoConfiguration(WebAutoConfiguration.class)
class ConsultationWebTest {

    private static final String CONSULTATION = "/api/consultations/" + ConsultationFixtures.CASE_ID;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static final String VALID_OPINION = """
            {"outcome":"AGREE",
             "meeting":{"date":"2026-11-20","summoned":["UV-01","UV-02","UV-03","UV-04","UV-05","UV-06","UV-07"],
                        "present":["UV-01","UV-02","UV-03","UV-04"],
                        "recusals":[{"memberId":"UV-04","reason":"DECLARED_CONFLICT"}]},
             "tally":{"agree":3,"disagree":0,"abstain":0,"invalid":0}}""";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ConsultationQueries queries;

    @MockitoBean
    RecordReviewHandler recordReview;

    @MockitoBean
    IssueOpinionHandler issueOpinion;

    @Test
    void anInvalidOpinionBodyNamesEveryBrokenField() {
        MvcTestResult result = committee(CONSULTATION + "/opinion", """
                {"outcome":"AGREE","meeting":{"summoned":[],"present":["UV-01"],
                 "recusals":[{"memberId":"UV-01"}]},"tally":{"agree":-1,"disagree":0,"abstain":0}}""");

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson()
            .extractingPath("$.errors[*].field")
            .asArray()
            .contains("meeting.date", "meeting.summoned", "meeting.recusals[0].reason", "tally.agree",
                    "tally.invalid");
    }

    @Test
    void aMeetingDatedAfterTodayIsInvalid() {
        String tomorrow = VALID_OPINION.replace("2026-11-20", LocalDate.now().plusDays(2).toString());

        assertThat(committee(CONSULTATION + "/opinion", tomorrow)).hasStatus(400);
    }

    @Test
    void anInquorateMeetingIsRefusedWith422AndTheNumbers() {
        given(issueOpinion.handle(any())).willAnswer(call -> {
            IssueOpinion command = call.getArgument(0);
            ConsultationFixtures.reviewed()
                .issueOpinion(command.draft(), ConsultationFixtures.ROSTER, ConsultationFixtures.REGULATIONS,
                        ConsultationFixtures.NOW);
            return null;
        });

        MvcTestResult result = committee(CONSULTATION + "/opinion", VALID_OPINION);

        assertThat(result).hasStatus(422);
        assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("quorum");
        assertThat(result).bodyJson()
            .extractingPath("$.detail")
            .isEqualTo("Quorum not met: 4 of 7 summoned members present; at least 5 (2/3) are required.");
    }

    @Test
    void anOpinionOnAnEndedConsultationIsAConflict() {
        given(issueOpinion.handle(any())).willAnswer(call -> {
            Consultation refused = Consultation.open(ConsultationFixtures.request()
                .regulation(new RegulationKey("X", "1"))
                .build(), ConsultationFixtures.REGULATIONS, ConsultationFixtures.ROSTER).consultation();
            return refused.issueOpinion(ConsultationFixtures.agreed(), ConsultationFixtures.ROSTER,
                    ConsultationFixtures.REGULATIONS, ConsultationFixtures.NOW);
        });

        MvcTestResult result = committee(CONSULTATION + "/opinion", VALID_OPINION);

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("consultation-open");
    }

    @Test
    void aReviewByAnotherMemberIsForbiddenWithTheRule() {
        given(recordReview.handle(any())).willAnswer(call -> {
            ConsultationFixtures.pending().recordReview(Optional.of("UV-05"), OpinionOutcome.AGREE, "n", TODAY);
            return null;
        });

        MvcTestResult result = mvc.post()
            .uri(CONSULTATION + "/review")
            .with(user("uv05").roles("ASSIGNED_MEMBER"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                    {"recommendation":"AGREE","note":"Đủ tiêu chuẩn"}""")
            .exchange();

        assertThat(result).hasStatus(403);
        assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("review-by-assigned-member");
        ArgumentCaptor<RecordReview> command = ArgumentCaptor.forClass(RecordReview.class);
        then(recordReview).should().handle(command.capture());
        assertThat(command.getValue().username()).isEqualTo("uv05");
        assertThat(command.getValue().reviewedOn()).as("today, by the board's clock").isNull();
    }

    @Test
    void aReviewNeedsARecommendationAndANote() {
        MvcTestResult result = mvc.post()
            .uri(CONSULTATION + "/review")
            .with(user("uv03").roles("ASSIGNED_MEMBER"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                    {"recommendation":"MAYBE","note":" "}""")
            .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("recommendation");
    }

    @Test
    void listsAPageOfConsultationsFilteredAsAsked() {
        Consultation consultation = ConsultationFixtures.pending();
        given(queries.today()).willReturn(TODAY);
        given(queries.list(any(), any())).willReturn(Page.of(List.of(consultation), new PageRequest(1, 20), 21));

        MvcTestResult result = reader("/api/consultations?status=PENDING&kind=APPOINTMENT&unit=VU-TCCB&overdue=true"
                + "&assignedTo=UV-03&page=1&size=20");

        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(21);
        assertThat(result).bodyJson().extractingPath("$.totalPages").isEqualTo(2);
        assertThat(result).bodyJson().extractingPath("$.items[0].assignedMemberId").isEqualTo("UV-03");
        assertThat(result).bodyJson().extractingPath("$.items[0].position.unitCode").isEqualTo("VU-TCCB");
        ArgumentCaptor<ConsultationFilter> filter = ArgumentCaptor.forClass(ConsultationFilter.class);
        ArgumentCaptor<PageRequest> page = ArgumentCaptor.forClass(PageRequest.class);
        then(queries).should().list(filter.capture(), page.capture());
        assertThat(filter.getValue()).isEqualTo(new ConsultationFilter(ConsultationStatus.PENDING,
                ActionKind.APPOINTMENT, "VU-TCCB", true, "UV-03", null));
        assertThat(page.getValue()).isEqualTo(new PageRequest(1, 20));
    }

    @Test
    void aPageHoldsAtMostTwoHundredConsultations() {
        assertThat(reader("/api/consultations?size=201")).hasStatus(400);
        assertThat(reader("/api/consultations?status=LOST")).hasStatus(400);
    }

    @Test
    void showsAConsultationWithItsReviewOpinionAndDeadline() {
        Consultation consultation = ConsultationFixtures.reviewed();
        consultation.issueOpinion(ConsultationFixtures.opinion(OpinionOutcome.AGREE,
                ConsultationFixtures.meeting(6, new BallotTally(5, 1, 0, 0))), ConsultationFixtures.ROSTER,
                ConsultationFixtures.REGULATIONS, ConsultationFixtures.NOW);
        given(queries.today()).willReturn(TODAY);
        given(queries.get(ConsultationFixtures.CASE_ID)).willReturn(consultation);

        MvcTestResult result = reader(CONSULTATION);

        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("OPINION_ISSUED");
        assertThat(result).bodyJson().extractingPath("$.proposalVersion").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.review.memberId").isEqualTo("UV-03");
        assertThat(result).bodyJson().extractingPath("$.opinion.meeting.tally.agree").isEqualTo(5);
        assertThat(result).bodyJson().extractingPath("$.request.proposal.subject.cadreId").isEqualTo("CB-0001");
        assertThat(result).bodyJson().extractingPath("$.overdue").isEqualTo(false);
    }

    @Test
    void anUnknownConsultationIsNotFound() {
        given(queries.get(any())).willThrow(new ConsultationNotFound(ConsultationFixtures.CASE_ID));

        assertThat(reader(CONSULTATION)).hasStatus(404);
    }

    private MvcTestResult committee(String uri, String body) {
        return mvc.post()
            .uri(uri)
            .with(user("committee").roles("STANDING_COMMITTEE"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .exchange();
    }

    private MvcTestResult reader(String uri) {
        return mvc.get().uri(uri).with(user("auditor").roles("AUDITOR")).exchange();
    }

}
