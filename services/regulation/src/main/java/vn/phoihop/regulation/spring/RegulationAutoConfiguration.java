package vn.phoihop.regulation.spring;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

import vn.phoihop.regulation.Regulations;
import vn.phoihop.regulation.file.RegulationLibrary;

/** Loads and checks the board's regulations at start-up: a broken file stops the start with every problem listed. */
@AutoConfiguration
@EnableConfigurationProperties(RegulationSettings.class)
public class RegulationAutoConfiguration {

    @Bean
    Regulations regulations(RegulationSettings settings, @Value("${spring.application.name:board}") String board) {
        RegulationLibrary library = new RegulationLibrary();
        for (Resource calendar : settings.calendars()) {
            library.calendar(calendar.getDescription(), calendar::getInputStream);
        }
        for (Resource file : settings.files()) {
            library.regulation(file.getDescription(), file::getInputStream);
        }
        return library.build(board);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    RegulationEndpoint regulationEndpoint(Regulations regulations) {
        return new RegulationEndpoint(regulations);
    }

}
