package vn.phoihop.cadreboard;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.application.DecideCaseHandler;
import vn.phoihop.cadreboard.cases.application.OpenCaseHandler;
import vn.phoihop.cadreboard.cases.application.SubmitCaseHandler;
import vn.phoihop.cadreboard.cases.domain.ActionKind;
import vn.phoihop.cadreboard.cases.domain.Cadre;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.cadreboard.cases.domain.RegulationRef;
import vn.phoihop.cadreboard.config.SecurityConfig;
import vn.phoihop.web.RoleMatrix;
import vn.phoihop.web.WebAutoConfiguration;

/** Who may call which endpoint of the cadre board; the use cases behind the controllers are stand-ins. */
@WebMvcTest
@Import(SecurityConfig.class)
@ImportAutoConfiguration(WebAutoConfiguration.class)
class RoleMatrixTest {

    private static final String CASE = "/api/cases/6f1c1b8e-2a7e-4a5b-9a59-3c1f8a0c0001";

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @MockitoBean
    OpenCaseHandler open;

    @MockitoBean
    SubmitCaseHandler submit;

    @MockitoBean
    DecideCaseHandler decide;

    @MockitoBean
    CaseQueries queries;

    @Test
    void everyEndpointIsGrantedToItsRolesAndDeniedToTheOthers() throws Exception {
        PersonnelCase someCase = PersonnelCase.open(CaseId.random(), new Proposal(ActionKind.APPOINTMENT,
                new Cadre("CB-1", "Nguyễn Văn An"), null, null, LocalDate.of(2027, 1, 1), 5, "Kiện toàn"),
                new RegulationRef("296-QC/BCSĐ-ĐUBKH", "2013.1", 10));
        given(open.handle(any())).willReturn(someCase);
        given(submit.handle(any())).willReturn(someCase);
        given(decide.handle(any())).willReturn(someCase);
        given(queries.get(any())).willReturn(someCase);
        given(queries.recent()).willReturn(List.of(someCase));

        RoleMatrix.of(mvc, mappings)
            .endpoint(HttpMethod.GET, "/api/cases", "/api/cases", null, "SECRETARIAT", "AUDITOR", "ADMIN")
            .endpoint(HttpMethod.GET, "/api/cases/{caseId}", CASE, null, "SECRETARIAT", "AUDITOR", "ADMIN")
            .endpoint(HttpMethod.POST, "/api/cases", "/api/cases", """
                    {"kind":"APPOINTMENT","subject":{"cadreId":"CB-1","fullName":"Nguyễn Văn An"},"rationale":"r"}""",
                    "SECRETARIAT")
            .endpoint(HttpMethod.POST, "/api/cases/{caseId}/submission", CASE + "/submission", null, "SECRETARIAT")
            .endpoint(HttpMethod.POST, "/api/cases/{caseId}/decision", CASE + "/decision", """
                    {"outcome":"APPROVED","decisionNumber":"123-QĐ/BCSĐ"}""", "SECRETARIAT")
            .verify();
    }

}
