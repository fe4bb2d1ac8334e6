package vn.phoihop.regulation.spring;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import vn.phoihop.regulation.file.RegulationLibrary;

/**
 * Where a board finds its regulations and calendars ({@code classpath:} or {@code file:} locations). Both boards
 * must be given the same versions; each refuses cases under a version it was not given.
 */
@ConfigurationProperties("phoihop.regulation")
public record RegulationSettings(
        @DefaultValue("classpath:" + RegulationLibrary.DEFAULT_CALENDAR) List<Resource> calendars,
        @DefaultValue("classpath:" + RegulationLibrary.DEFAULT_REGULATION) List<Resource> files) {
}
