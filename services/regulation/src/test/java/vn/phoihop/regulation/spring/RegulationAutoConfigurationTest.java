package vn.phoihop.regulation.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.phoihop.regulation.Regulations;

class RegulationAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RegulationAutoConfiguration.class))
        .withPropertyValues("spring.application.name=cadre-board");

    @Test
    void loadsTheShippedRegulationByDefault() {
        runner.run(context -> assertThat(context.getBean(Regulations.class).known())
            .extracting(key -> key.id() + " " + key.version())
            .containsExactly("296-QC/BCSĐ-ĐUBKH 2013.1"));
    }

    @Test
    void aBrokenRegulationFileStopsTheStartWithItsProblems() {
        runner.withPropertyValues("phoihop.regulation.files=classpath:broken-regulation.yaml")
            .run(context -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("broken-regulation.yaml] is not a valid regulation file")
                .hasMessageContaining("actions: is required"));
    }

}
