package vn.phoihop.executiveboard.consultations.adapter.in.console;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The Standing Committee console's parts that are not controllers, for a web slice test to import. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleSettings.class)
@Import(ConsultationPage.class)
public class CommitteeConsole {

}
