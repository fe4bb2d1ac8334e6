package vn.phoihop.audit.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import vn.phoihop.regulation.ActionKind;

/**
 * The term report as a printable A4 PDF: the title in Vietnamese and English, the approved decisions per action kind
 * (the cadre board's and those decided above), the seed's table, and a bar chart of both. Vietnamese first, dates as
 * Vietnam writes them.
 */
public final class TermReportPdf implements TermReportRenderer {

    static final String TITLE = "Báo cáo nhiệm kỳ về công tác cán bộ lãnh đạo";

    static final String TITLE_EN = "Term report on leadership cases";

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final float ROW = 15;

    private static final float HEADING = 30;

    // right edges of the two number columns
    private static final float BOARD_COLUMN = 430;

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void write(TermReport report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(TITLE + " · " + TITLE_EN);
            information.setSubject("%s – %s".formatted(report.from(), report.to()));
            information.setCreator("Phối hợp — audit");
            try (PdfPages pages = new PdfPages(document)) {
                title(pages, report);
                byKind(pages, report);
                seedTable(pages, report);
                BarChart chart = new BarChart(report);
                // the chart is read whole: it starts a page rather than break across one
                pages.keep(HEADING + chart.height());
                heading(pages, "3. Biểu đồ theo loại công việc", "Chart by action kind");
                chart.draw(pages);
                pages.numberPages("Lập từ lịch sử sự kiện của hai Ban · Computed from both boards' event histories");
            }
            // PDFBox closes the stream it saves to, and this one is the caller's
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            pdf.writeTo(out);
        }
    }

    private static void title(PdfPages pages, TermReport report) throws IOException {
        pages.down(6);
        pages.text(TITLE, pages.left(), 16, PdfPages.INK);
        pages.down(18);
        pages.text(TITLE_EN, pages.left(), 11, PdfPages.MUTED);
        pages.down(20);
        pages.text("Các quyết định có hiệu lực từ ngày %s đến ngày %s".formatted(report.from().format(VIETNAMESE_DATE),
                report.to().format(VIETNAMESE_DATE)), pages.left(), 10, PdfPages.INK);
        pages.down(13);
        pages.text("Approved decisions taking effect from %s to %s, both days included".formatted(report.from(),
                report.to()), pages.left(), 8, PdfPages.MUTED);
        pages.down(12);
    }

    private static void byKind(PdfPages pages, TermReport report) throws IOException {
        heading(pages, "1. Số trường hợp theo loại công việc", "Cases by action kind");
        pages.keep(2 * ROW);
        pages.down(ROW);
        pages.textRight("BCSĐ quyết định", BOARD_COLUMN, 8, PdfPages.INK);
        pages.textRight("Trình cấp trên", pages.right(), 8, PdfPages.INK);
        pages.down(10);
        pages.textRight("Decided by the cadre board", BOARD_COLUMN, 7, PdfPages.MUTED);
        pages.textRight("Submitted upward", pages.right(), 7, PdfPages.MUTED);
        pages.down(4);
        pages.rule(0, 0.5f);
        for (ActionKind kind : ActionKind.values()) {
            row(pages, Label.of(kind), report.decidedByCadreBoard(kind), report.submittedUpward(kind));
        }
        pages.rule(-4, 0.5f);
        row(pages, Label.TOTAL, report.totalDecidedByCadreBoard(), report.totalSubmittedUpward());
    }

    private static void seedTable(PdfPages pages, TermReport report) throws IOException {
        heading(pages, "2. Bảng tổng hợp của nhiệm kỳ", "The term's table");
        row(pages, Label.APPOINTMENTS, report.appointments());
        row(pages, Label.TRANSFER_AND_APPOINTMENTS, report.transferAndAppointments());
        row(pages, Label.RECEPTION_AND_APPOINTMENTS, report.receptionAndAppointments());
        row(pages, Label.REAPPOINTMENTS_AND_EXTENSIONS, report.reappointmentsAndExtensions());
        pages.rule(-4, 0.5f);
        row(pages, Label.DECIDED_BY_CADRE_BOARD, report.totalDecidedByCadreBoard());
        row(pages, Label.SUBMITTED_UPWARD, report.totalSubmittedUpward());
        if (report.decidedOfUnknownKind() > 0) {
            row(pages, Label.DECIDED_OF_UNKNOWN_KIND, report.decidedOfUnknownKind());
        }
    }

    private static void heading(PdfPages pages, String vietnamese, String english) throws IOException {
        pages.keep(HEADING + ROW);
        pages.down(26);
        float end = pages.text(vietnamese, pages.left(), 12, PdfPages.INK);
        pages.text(" · " + english, end, 10, PdfPages.MUTED);
        pages.down(4);
    }

    private static void row(PdfPages pages, Label label, long count) throws IOException {
        labelled(pages, label);
        pages.textRight(Long.toString(count), pages.right(), 10, PdfPages.INK);
    }

    private static void row(PdfPages pages, Label label, long byBoard, long upward) throws IOException {
        labelled(pages, label);
        pages.textRight(Long.toString(byBoard), BOARD_COLUMN, 10, PdfPages.INK);
        pages.textRight(Long.toString(upward), pages.right(), 10, PdfPages.INK);
    }

    private static void labelled(PdfPages pages, Label label) throws IOException {
        pages.keep(ROW);
        pages.down(ROW);
        float end = pages.text(label.vietnamese(), pages.left(), 10, PdfPages.INK);
        pages.text("  " + label.english(), end, 8, PdfPages.MUTED);
    }
}
