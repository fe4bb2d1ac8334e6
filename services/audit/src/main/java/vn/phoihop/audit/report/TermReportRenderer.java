package vn.phoihop.audit.report;

import java.io.IOException;
import java.io.OutputStream;

/** One printable or machine-readable form of the term report, for the command line and the web to choose from. */
public interface TermReportRenderer {

    /** The renderer of {@code json}, {@code csv} or {@code pdf}. */
    static TermReportRenderer forFormat(String format) {
        return switch (format) {
            case "json" -> new TermReportJson();
            case "csv" -> new TermReportCsv();
            case "pdf" -> new TermReportPdf();
            default -> throw new IllegalArgumentException("no term report renderer for " + format
                    + "; there are json, csv and pdf");
        };
    }

    /** e.g. {@code text/csv}, as an HTTP response announces it. */
    String mediaType();

    /** e.g. {@code csv}, without the dot, for a file name. */
    String fileExtension();

    /** Writes the whole report; leaves {@code out} open, as the caller opened it. */
    void write(TermReport report, OutputStream out) throws IOException;
}
