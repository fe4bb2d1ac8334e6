package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.cadreboard.cases.application.TermReport;
import vn.phoihop.cadreboard.cases.application.TermReports;

/** The statistics of a term that reports ask for: approved decisions by kind and by who decided. */
@RestController
class TermReportController {

    private final TermReports reports;

    TermReportController(TermReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/term")
    TermReport term(@ParameterObject @Valid Term term) {
        return reports.of(term.from(), term.to());
    }

    /** {@code ?from=&to=}, ISO dates, both days included. */
    record Term(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

        @AssertTrue(message = "from must not be after to")
        boolean isOrdered() {
            return from == null || to == null || !from.isAfter(to);
        }

    }

}
