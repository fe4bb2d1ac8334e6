package vn.phoihop.cadreboard.cases.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.phoihop.cadreboard.CadreBoardWebTest;
import vn.phoihop.cadreboard.cases.WebFixtures;
import vn.phoihop.cadreboard.cases.application.AmendCase;
import vn.phoihop.cadreboard.cases.application.AmendCaseHandler;
import vn.phoihop.cadreboard.cases.application.CaseFilter;
import vn.phoihop.cadreboard.cases.application.CasePage;
import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.application.DeadlineCheck;
import vn.phoihop.cadreboard.cases.application.DecideCaseHandler;
import vn.phoihop.cadreboard.cases.application.OpenCase;
import vn.phoihop.cadreboard.cases.application.OpenCaseHandler;
import vn.phoihop.cadreboard.cases.application.SubmitCase;
import vn.phoihop.cadreboard.cases.application.SubmitCaseHandler;
import vn.phoihop.cadreboard.cases.application.TermReport;
import vn.phoihop.cadreboard.cases.application.TermReports;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.CaseStatus;
import vn.phoihop.cadreboard.cases.domain.DecisionOutcome;
import vn.phoihop.cadreboard.cases.domain.FinaliseDecision;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.PositionTier;

/**
 * The HTTP contract of docs/protocol.md: request validation, Problem Details for each kind of refusal, and the
 * shapes of the answers. The use cases are stand-ins; where a refusal is the domain's, the stand-in asks it.
 */
@CadreBoardWebTest
class CaseApiTest {

    private static final String CASE = "/api/cases/6f1c1b8e-2a7e-4a5b-9a59-3c1f8a0c0001";

    @Autowired
    MockMvc mvc;

    @Autowired
    OpenCaseHandler open;

    @Autowired
    SubmitCaseHandler submit;

    @Autowired
    AmendCaseHandler amend;

    @Autowired
    DecideCaseHandler decide;

    @Autowired
    CaseQueries queries;

    @Autowired
    TermReports reports;

    @Autowired
    DeadlineCheck deadlines;

    @Test
    void openingAnswersTheDraftWithItsLocation() throws Exception {
        given(open.handle(any())).willAnswer(call -> PersonnelCase.open(CaseId.random(),
                call.<OpenCase>getArgument(0).proposal(), WebFixtures.REGULATIONS.inForce(LocalDate.of(2026, 11, 20))));

        as("SECRETARIAT", post("/api/cases"), WebFixtures.APPOINTMENT).andExpect(status().isCreated())
            .andExpect(header().string("Location", containsString("/api/cases/")))
            .andExpect(jsonPath("$.status").value("DRAFT"))
            .andExpect(jsonPath("$.proposalVersion").value(1))
            .andExpect(jsonPath("$.regulationVersion").value("2013.1"))
            .andExpect(jsonPath("$.decidingAuthority").value("CADRE_BOARD"))
            .andExpect(jsonPath("$.proposal.targetPosition.tier").value("DEPARTMENT_HEAD"));
    }

    @Test
    void aProposalLackingWhatItsKindNeedsIsRefusedFieldByField() throws Exception {
        given(open.handle(any())).willAnswer(call -> PersonnelCase.open(CaseId.random(),
                call.<OpenCase>getArgument(0).proposal(), WebFixtures.REGULATIONS.inForce(LocalDate.of(2026, 11, 20))));

        as("SECRETARIAT", post("/api/cases"), """
                {"kind":"TRANSFER","subject":{"cadreId":"CB-1","fullName":"Lê Văn Cường"},"rationale":"Điều động",
                 "termYears":9}""").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.rule").value("proposal-fields"))
            .andExpect(jsonPath("$.errors[*].field").value(contains("currentPosition",
                    "targetPosition", "proposedEffectiveDate", "termYears", "termYears")))
            .andExpect(jsonPath("$.errors[0].rule").value("required"));
    }

    @Test
    void aDossierDocumentNeedsItsHashAsLowerCaseHex() throws Exception {
        String body = WebFixtures.APPOINTMENT.replace("\"termYears\":5", """
                "termYears":5,"dossier":[{"name":"a.pdf","mediaType":"application/pdf","sha256":"ABC"}]""");

        as("SECRETARIAT", post("/api/cases"), body).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("dossier[0].sha256"))
            .andExpect(jsonPath("$.errors[0].rule").value("Pattern"));
    }

    @Test
    void anUnknownRegulationVersionIsRefused() throws Exception {
        given(open.handle(any())).willAnswer(call -> WebFixtures.REGULATIONS.require("296-QC/BCSĐ-ĐUBKH", "2099.1"));
        String body = WebFixtures.APPOINTMENT.replace("\"termYears\":5",
                "\"termYears\":5,\"regulationId\":\"296-QC/BCSĐ-ĐUBKH\",\"regulationVersion\":\"2099.1\"");

        as("SECRETARIAT", post("/api/cases"), body).andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.rule").value("regulation-known"))
            .andExpect(jsonPath("$.detail").value(containsString("version 2099.1 is not known")));
    }

    @Test
    void aStateConflictIs409WithItsRule() throws Exception {
        given(decide.handle(any())).willAnswer(call -> WebFixtures.appointmentCase().decide(decision(), Instant.now()));

        as("SECRETARIAT", post(CASE + "/decision"), WebFixtures.DECISION).andExpect(status().isConflict())
            .andExpect(jsonPath("$.rule").value("opinion-before-decision"));
    }

    @Test
    void aDecisionAboveTheBoardIs422WithItsRule() throws Exception {
        given(decide.handle(any())).willAnswer(call -> PersonnelCase
            .open(CaseId.random(), WebFixtures.appointment(PositionTier.DEPUTY_MINISTER),
                    WebFixtures.REGULATIONS.inForce(LocalDate.of(2026, 11, 20)))
            .decide(decision(), Instant.now()));

        as("SECRETARIAT", post(CASE + "/decision"), WebFixtures.DECISION).andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.rule").value("deciding-authority"));
    }

    @Test
    void aMeetingNeedsEveryCount() throws Exception {
        as("SECRETARIAT", post(CASE + "/decision-meeting"), """
                {"meetingDate":"2026-11-20","membersTotal":0,"present":8}""").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("membersTotal",
                    "inFavour", "against", "abstain")));
    }

    @Test
    void informationNeedsAnAnswer() throws Exception {
        as("SECRETARIAT", post(CASE + "/information"), """
                {"answers":[]}""").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("answers"));
    }

    @Test
    void submissionTakesAnOptionalRequestDate() throws Exception {
        given(submit.handle(any())).willReturn(WebFixtures.appointmentCase());

        as("SECRETARIAT", post(CASE + "/submission"), null).andExpect(status().isOk());
        as("SECRETARIAT", post(CASE + "/submission"), """
                {"requestDate":"2026-11-02"}""").andExpect(status().isOk());
        then(submit).should().handle(new SubmitCase(
                CaseId.parse("6f1c1b8e-2a7e-4a5b-9a59-3c1f8a0c0001"), LocalDate.of(2026, 11, 2)));
    }

    /** Found by the REST fuzzer: the step ran and only its answer was refused, so a 406 changed the case. */
    @Test
    void aClientThatTakesNoJsonIsRefusedBeforeTheStepRuns() throws Exception {
        as("SECRETARIAT", post(CASE + "/submission").accept(MediaType.IMAGE_PNG), null)
            .andExpect(status().isNotAcceptable());
        then(submit).shouldHaveNoInteractions();
    }

    @Test
    void anAmendmentTakesTheDateOfItsRequestDocument() throws Exception {
        given(amend.handle(any())).willReturn(WebFixtures.appointmentCase());

        as("SECRETARIAT", post(CASE + "/amendment"), WebFixtures.AMENDMENT.replace("\"reason\"",
                "\"requestDate\":\"2026-11-03\",\"reason\"")).andExpect(status().isOk());

        ArgumentCaptor<AmendCase> command = ArgumentCaptor.forClass(AmendCase.class);
        then(amend).should().handle(command.capture());
        assertThat(command.getValue().requestDate()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(command.getValue().reason()).isEqualTo("Rút ngắn nhiệm kỳ");
    }

    @Test
    void listsAreFilteredAndPaginated() throws Exception {
        given(queries.search(any(), eq(2), eq(50))).willReturn(new CasePage(List.of(WebFixtures.appointmentCase()),
                101));

        as("AUDITOR", get("/api/cases?status=AWAITING_OPINION&kind=APPOINTMENT&unit=VU-KH&overdue=true&page=2&size=50"),
                null).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[0].status").value("DRAFT"))
            .andExpect(jsonPath("$.page").value(2))
            .andExpect(jsonPath("$.size").value(50))
            .andExpect(jsonPath("$.totalItems").value(101))
            .andExpect(jsonPath("$.totalPages").value(3));
        then(queries).should()
            .search(new CaseFilter(CaseStatus.AWAITING_OPINION, ActionKind.APPOINTMENT, "VU-KH", true, null), 2, 50);
    }

    @Test
    void aPageHoldsAtMost200Cases() throws Exception {
        as("AUDITOR", get("/api/cases?size=201"), null).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("size"));
        as("AUDITOR", get("/api/cases?status=LOST"), null).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void theTermReportCountsByKindAndAuthority() throws Exception {
        given(reports.of(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 12, 31))).willReturn(new TermReport(
                LocalDate.of(2010, 1, 1), LocalDate.of(2015, 12, 31), Map.of(ActionKind.APPOINTMENT, 88L),
                Map.of(ActionKind.APPOINTMENT, 2L), 88, 2, 88, 0, 0, 0));

        as("AUDITOR", get("/api/reports/term?from=2010-01-01&to=2015-12-31"), null).andExpect(status().isOk())
            .andExpect(jsonPath("$.decidedByCadreBoard.APPOINTMENT").value(88))
            .andExpect(jsonPath("$.submittedUpward.APPOINTMENT").value(2))
            .andExpect(jsonPath("$.totalDecidedByCadreBoard").value(88))
            .andExpect(jsonPath("$.totalSubmittedUpward").value(2))
            .andExpect(jsonPath("$.appointments").value(88));
        as("AUDITOR", get("/api/reports/term?from=2016-01-01&to=2015-12-31"), null)
            .andExpect(status().isBadRequest());
    }

    @Test
    void theRegulationsAreListedWithTheirRulesPerKind() throws Exception {
        as("ASSIGNED_MEMBER", get("/api/regulations"), null).andExpect(status().isOk())
            .andExpect(jsonPath("$[0].id").value("296-QC/BCSĐ-ĐUBKH"))
            .andExpect(jsonPath("$[0].calendar").value("vn-public-holidays"))
            .andExpect(jsonPath("$[0].actions.TENURE_EXTENSION.consultation.responseWorkingDays").value(5))
            .andExpect(jsonPath("$[0].actions.REAPPOINTMENT.consultation.silence").value("CONSENT"))
            .andExpect(jsonPath("$[0].actions.APPOINTMENT.decidingAuthority.DEPUTY_MINISTER")
                .value("HIGHER_AUTHORITY"));
    }

    @Test
    void theDeadlineCheckSaysHowManyCasesBecameOverdue() throws Exception {
        given(deadlines.run()).willReturn(3);

        as("ADMIN", post("/api/deadlines/check"), null).andExpect(status().isOk())
            .andExpect(jsonPath("$.becameOverdue").value(3));
    }

    private ResultActions as(String role, MockHttpServletRequestBuilder request, String body) throws Exception {
        request.with(user("someone").roles(role));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private static FinaliseDecision decision() {
        return new FinaliseDecision(DecisionOutcome.APPROVED, "1-QĐ",
                LocalDate.of(2027, 1, 1), null);
    }

}
