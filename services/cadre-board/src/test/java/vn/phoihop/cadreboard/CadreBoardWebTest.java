package vn.phoihop.cadreboard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.phoihop.cadreboard.cases.application.AmendCaseHandler;
import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.adapter.in.console.CaseUpdates;
import vn.phoihop.cadreboard.cases.application.DeadlineCheck;
import vn.phoihop.cadreboard.cases.application.DecideCaseHandler;
import vn.phoihop.cadreboard.cases.application.Dossiers;
import vn.phoihop.cadreboard.cases.application.OpenCaseHandler;
import vn.phoihop.cadreboard.cases.application.RecordDecisionMeetingHandler;
import vn.phoihop.cadreboard.cases.application.RecordHigherDecisionHandler;
import vn.phoihop.cadreboard.cases.application.SubmitCaseHandler;
import vn.phoihop.cadreboard.cases.application.SubmitCaseUpwardHandler;
import vn.phoihop.cadreboard.cases.application.SupplyInformationHandler;
import vn.phoihop.cadreboard.cases.application.TermReports;
import vn.phoihop.cadreboard.cases.application.WithdrawCaseHandler;
import vn.phoihop.cadreboard.config.SecurityConfig;
import vn.phoihop.messaging.DeadLetterAdmin;
import vn.phoihop.messaging.DeadLetterController;
import vn.phoihop.regulation.spring.RegulationAutoConfiguration;
import vn.phoihop.web.WebAutoConfiguration;

/**
 * The cadre board's HTTP layer (the API, the console and messaging's dead-letter endpoints) with its security and
 * the shipped regulations, every use case a Mockito stand-in (autowire the ones a test stubs).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({ SecurityConfig.class, CaseUpdates.class, DeadLetterController.class })
@ImportAutoConfiguration({ WebAutoConfiguration.class, RegulationAutoConfiguration.class })
@MockitoBean(types = { OpenCaseHandler.class, SubmitCaseHandler.class, AmendCaseHandler.class,
        SupplyInformationHandler.class, WithdrawCaseHandler.class, RecordDecisionMeetingHandler.class,
        DecideCaseHandler.class, SubmitCaseUpwardHandler.class, RecordHigherDecisionHandler.class, CaseQueries.class,
        TermReports.class, DeadlineCheck.class, Dossiers.class, DeadLetterAdmin.class })
public @interface CadreBoardWebTest {
}
