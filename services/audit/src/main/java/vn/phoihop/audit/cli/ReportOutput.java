package vn.phoihop.audit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

import vn.phoihop.audit.replay.AuditResult;
import vn.phoihop.audit.report.TermReport;
import vn.phoihop.audit.report.TermReportRenderer;

/** What {@code audit report} writes: the seed's table for the term, in the form asked for. */
final class ReportOutput {

    private ReportOutput() {
    }

    static void write(AuditResult result, LocalDate from, LocalDate to, String format, OutputStream out)
            throws IOException {
        TermReportRenderer.forFormat(format).write(TermReport.of(result.kept().values(), from, to), out);
    }
}
