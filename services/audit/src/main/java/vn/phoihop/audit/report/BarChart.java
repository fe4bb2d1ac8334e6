package vn.phoihop.audit.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import vn.phoihop.regulation.ActionKind;

/**
 * Horizontal bars of the term's approved decisions per action kind: the cadre board's and, beneath each, those
 * decided above after an upward submission, on one scale. Drawn with PDF rectangles, so it prints as sharply as the
 * text; kinds nobody decided in the term are left out.
 */
final class BarChart {

    static final Color CADRE_BOARD = new Color(0x1F, 0x4E, 0x79);

    static final Color UPWARD = new Color(0xC5, 0x5A, 0x11);

    private static final float LABEL_WIDTH = 170;

    private static final float BAR = 9;

    private static final float GAP = 7;

    private static final float LEGEND = 18;

    private final TermReport report;

    BarChart(TermReport report) {
        this.report = report;
    }

    /** How tall the chart is drawn, so that it can be kept on one page. */
    float height() {
        return LEGEND + kinds().size() * (2 * BAR + GAP);
    }

    void draw(PdfPages pages) throws IOException {
        List<ActionKind> kinds = kinds();
        if (kinds.isEmpty()) {
            pages.text("Không có quyết định nào trong nhiệm kỳ · No decisions in the term", pages.left(), 9,
                    PdfPages.MUTED);
            pages.down(16);
            return;
        }
        legend(pages);
        long most = kinds.stream()
            .mapToLong(kind -> Math.max(this.report.decidedByCadreBoard(kind), this.report.submittedUpward(kind)))
            .max()
            .orElseThrow();
        // room on the right for the largest number after its bar
        float scale = (pages.right() - pages.left() - LABEL_WIDTH - 30) / most;
        for (ActionKind kind : kinds) {
            pages.keep(2 * BAR + GAP + 4);
            pages.down(BAR);
            pages.text(Label.of(kind).vietnamese(), pages.left(), 8, PdfPages.INK);
            bar(pages, this.report.decidedByCadreBoard(kind), scale, CADRE_BOARD);
            pages.down(BAR);
            pages.text(Label.of(kind).english(), pages.left(), 7, PdfPages.MUTED);
            bar(pages, this.report.submittedUpward(kind), scale, UPWARD);
            pages.down(GAP);
        }
    }

    private List<ActionKind> kinds() {
        return Stream.of(ActionKind.values())
            .filter(kind -> this.report.decidedByCadreBoard(kind) + this.report.submittedUpward(kind) > 0)
            .toList();
    }

    private static void legend(PdfPages pages) throws IOException {
        pages.keep(LEGEND);
        pages.down(10);
        float x = pages.left();
        pages.box(x, pages.y() - 1, 8, 8, CADRE_BOARD);
        x = pages.text("Ban Cán sự đảng quyết định · Decided by the cadre board", x + 12, 8, PdfPages.INK);
        pages.box(x + 16, pages.y() - 1, 8, 8, UPWARD);
        pages.text("Trình cấp trên · Submitted upward", x + 28, 8, PdfPages.INK);
        pages.down(8);
    }

    private static void bar(PdfPages pages, long count, float scale, Color color) throws IOException {
        float x = pages.left() + LABEL_WIDTH;
        float length = count * scale;
        // the bar sits on the text's baseline, a little below it for the descenders
        pages.box(x, pages.y() - 2, length, BAR - 1, color);
        pages.text(Long.toString(count), x + length + 4, 7, PdfPages.INK);
    }
}
