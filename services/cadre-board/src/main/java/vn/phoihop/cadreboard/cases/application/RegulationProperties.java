package vn.phoihop.cadreboard.cases.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.phoihop.cadreboard.cases.domain.RegulationRef;

/** The regulation new cases start under. Replaced by the versioned regulation data of the protocol issue. */
@ConfigurationProperties("phoihop.regulation")
public record RegulationProperties(String id, String version, int responseWorkingDays) {

    RegulationRef current() {
        return new RegulationRef(id, version, responseWorkingDays);
    }

}
