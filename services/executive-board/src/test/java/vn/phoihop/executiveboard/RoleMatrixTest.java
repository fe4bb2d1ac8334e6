package vn.phoihop.executiveboard;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.phoihop.executiveboard.config.SecurityConfig;
import vn.phoihop.executiveboard.consultations.application.ConsultationQueries;
import vn.phoihop.executiveboard.consultations.application.IssueOpinionHandler;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.RequestedConsultation;
import vn.phoihop.web.RoleMatrix;
import vn.phoihop.web.WebAutoConfiguration;

/** Who may call which endpoint of the executive board; the use cases behind the controllers are stand-ins. */
@WebMvcTest
@Import(SecurityConfig.class)
@ImportAutoConfiguration(WebAutoConfiguration.class)
class RoleMatrixTest {

    private static final String CONSULTATION = "/api/consultations/6f1c1b8e-2a7e-4a5b-9a59-3c1f8a0c0001";

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @MockitoBean
    IssueOpinionHandler issueOpinion;

    @MockitoBean
    ConsultationQueries queries;

    @Test
    void everyEndpointIsGrantedToItsRolesAndDeniedToTheOthers() throws Exception {
        Consultation consultation = Consultation.receive(new RequestedConsultation(UUID.randomUUID(),
                UUID.randomUUID(), 1, "APPOINTMENT", "CB-1", "Nguyễn Văn An", null, null, null, null, "r",
                "296-QC/BCSĐ-ĐUBKH", "2013.1", LocalDate.of(2026, 12, 4)));
        given(issueOpinion.handle(any())).willReturn(consultation);
        given(queries.get(any())).willReturn(consultation);
        given(queries.inbox()).willReturn(List.of(consultation));

        RoleMatrix.of(mvc, mappings)
            .endpoint(HttpMethod.GET, "/api/consultations", "/api/consultations", null, "STANDING_COMMITTEE",
                    "ASSIGNED_MEMBER", "AUDITOR", "ADMIN")
            .endpoint(HttpMethod.GET, "/api/consultations/{caseId}", CONSULTATION, null, "STANDING_COMMITTEE",
                    "ASSIGNED_MEMBER", "AUDITOR", "ADMIN")
            .endpoint(HttpMethod.POST, "/api/consultations/{caseId}/opinion", CONSULTATION + "/opinion", """
                    {"outcome":"AGREE","meetingDate":"2026-11-20","summoned":7,"present":6,"recused":0,
                     "agree":5,"disagree":1,"abstain":0,"invalid":0}""", "STANDING_COMMITTEE")
            .verify();
    }

}
