package vn.phoihop.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.phoihop.regulation.ActionKind;

class TermReportPdfTest {

    @Test
    void printsTheVietnameseTitleTheTermAndTheSeedsNumbers() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(SeedTable.report()))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains(TermReportPdf.TITLE, TermReportPdf.TITLE_EN,
                    "Các quyết định có hiệu lực từ ngày 01/10/2010 đến ngày 31/10/2015");
            assertThat(text).contains("Bổ nhiệm lại, kéo dài thời gian giữ chức vụ", "Điều động và bổ nhiệm",
                    "Tiếp nhận và bổ nhiệm", "Trình cấp trên");
            assertThat(text.lines()).anyMatch(line -> line.startsWith("Bổ nhiệm ") && line.endsWith(" 88 2"))
                .anyMatch(line -> line.startsWith("Bổ nhiệm lại ") && line.endsWith(" 66 4"))
                .anyMatch(line -> line.startsWith("Tổng số") && line.endsWith(" 194 6"))
                .anyMatch(line -> line.startsWith("Bổ nhiệm lại, kéo dài") && line.endsWith(" 78"));
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith(TermReportPdf.TITLE);
        }
    }

    @Test
    void isA4WithTheFontEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(SeedTable.report()))) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(page.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void startsTheChartOnANewPageRatherThanBreakIt() throws IOException {
        Map<ActionKind, Long> everyKind = new EnumMap<>(ActionKind.class);
        for (ActionKind kind : ActionKind.values()) {
            everyKind.put(kind, 10L + kind.ordinal());
        }
        TermReport busy = new TermReport(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 12, 31), everyKind, everyKind,
                everyKind.values().stream().mapToLong(Long::longValue).sum(),
                everyKind.values().stream().mapToLong(Long::longValue).sum(), 12, 16, 17, 27, 0);

        try (PDDocument pdf = Loader.loadPDF(render(busy))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(page(pdf, 1)).doesNotContain("Biểu đồ").contains("Trang 1/2 · Page 1 of 2");
            assertThat(page(pdf, 2)).contains("3. Biểu đồ theo loại công việc", "Quy hoạch", "Kỷ luật",
                    "Trang 2/2 · Page 2 of 2");
        }
    }

    @Test
    void saysSoWhenNothingWasDecided() throws IOException {
        TermReport empty = new TermReport(SeedTable.FROM, SeedTable.TO, Map.of(), Map.of(), 0, 0, 0, 0, 0, 0, 0);

        try (PDDocument pdf = Loader.loadPDF(render(empty))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Không có quyết định nào trong nhiệm kỳ");
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        ClosingWatch out = new ClosingWatch();

        new TermReportPdf().write(SeedTable.report(), out);

        assertThat(out.closed).isFalse();
    }

    private static String page(PDDocument pdf, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf);
    }

    private static byte[] render(TermReport report) throws IOException {
        ClosingWatch out = new ClosingWatch();
        new TermReportPdf().write(report, out);
        return out.toByteArray();
    }
}
