package vn.phoihop.audit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import vn.phoihop.regulation.ActionKind;

/**
 * The term report as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote
 * or a line end), UTF-8 without a byte order mark. One row per count, each naming its term, so rows from several
 * terms can be stacked: every action kind is listed, zeros included, so a spreadsheet's rows stay put from term to
 * term.
 */
public final class TermReportCsv implements TermReportRenderer {

    static final String HEADER = "from,to,section,key,label_vi,label_en,count";

    private static final String CRLF = "\r\n";

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8; header=present";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void write(TermReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(HEADER + CRLF);
        for (List<String> row : rows(report).toList()) {
            writer.write(String.join(",", row.stream().map(TermReportCsv::field).toList()) + CRLF);
        }
        // flushed, not closed: the stream is the caller's
        writer.flush();
    }

    private static Stream<List<String>> rows(TermReport report) {
        Row row = new Row(report);
        return Stream.of(
                perKind(row, Label.DECIDED_BY_CADRE_BOARD, report::decidedByCadreBoard),
                Stream.of(row.of(Label.DECIDED_BY_CADRE_BOARD, Label.TOTAL, report.totalDecidedByCadreBoard())),
                perKind(row, Label.SUBMITTED_UPWARD, report::submittedUpward),
                Stream.of(row.of(Label.SUBMITTED_UPWARD, Label.TOTAL, report.totalSubmittedUpward()),
                        row.of(Label.CATEGORIES, Label.APPOINTMENTS, report.appointments()),
                        row.of(Label.CATEGORIES, Label.TRANSFER_AND_APPOINTMENTS, report.transferAndAppointments()),
                        row.of(Label.CATEGORIES, Label.RECEPTION_AND_APPOINTMENTS, report.receptionAndAppointments()),
                        row.of(Label.CATEGORIES, Label.REAPPOINTMENTS_AND_EXTENSIONS,
                                report.reappointmentsAndExtensions()),
                        row.of(Label.DECIDED_OF_UNKNOWN_KIND, Label.TOTAL, report.decidedOfUnknownKind())))
            .flatMap(rows -> rows);
    }

    private static Stream<List<String>> perKind(Row row, Label section, ToLongFunction<ActionKind> count) {
        return Stream.of(ActionKind.values()).map(kind -> row.of(section, Label.of(kind), count.applyAsLong(kind)));
    }

    /** RFC 4180, section 2: a field with a comma, a quote or a line end is quoted, its quotes doubled. */
    static String field(String value) {
        boolean quoted = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private record Row(TermReport report) {

        List<String> of(Label section, Label item, long count) {
            return List.of(this.report.from().toString(), this.report.to().toString(), section.key(), item.key(),
                    item.vietnamese(), item.english(), Long.toString(count));
        }
    }
}
