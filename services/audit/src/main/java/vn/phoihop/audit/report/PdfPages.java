package vn.phoihop.audit.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 pages written top to bottom: a cursor that moves down as lines are written and turns the page when the next
 * block would not fit, so the report's sections need no page arithmetic of their own. Every text is in DejaVu
 * Sans, embedded as a subset, because the PDF standard fonts have no Vietnamese letters; the font ships beside this
 * class with its licence (DejaVuSans-LICENSE.txt), since a server's fonts cannot be counted on.
 */
final class PdfPages implements AutoCloseable {

    private static final float MARGIN = 50;

    static final Color INK = Color.BLACK;

    static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private static final PDRectangle PAGE = PDRectangle.A4;

    // kept free at the bottom of every page for its number
    private static final float FOOTER = 24;

    private static final String FONT = "DejaVuSans.ttf";

    private final PDDocument document;

    private final PDType0Font font;

    private PDPageContentStream content;

    private float y;

    PdfPages(PDDocument document) throws IOException {
        this.document = document;
        try (InputStream ttf = PdfPages.class.getResourceAsStream(FONT)) {
            if (ttf == null) {
                throw new IllegalStateException(FONT + " is missing beside " + PdfPages.class.getName());
            }
            this.font = PDType0Font.load(document, ttf);
        }
        newPage();
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return PAGE.getWidth() - MARGIN;
    }

    float y() {
        return this.y;
    }

    /** Turns the page unless {@code height} more points fit above the footer. */
    void keep(float height) throws IOException {
        if (this.y - height < MARGIN + FOOTER) {
            newPage();
        }
    }

    void down(float points) {
        this.y -= points;
    }

    /** Text whose baseline is the cursor, starting at {@code x}; returns where it ends. */
    float text(String text, float x, float size, Color color) throws IOException {
        show(this.content, text, x, this.y, size, color);
        return x + width(text, size);
    }

    void textRight(String text, float rightX, float size, Color color) throws IOException {
        text(text, rightX - width(text, size), size, color);
    }

    float width(String text, float size) {
        try {
            return this.font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A horizontal line across the page, {@code above} points above the cursor. */
    void rule(float above, float lineWidth) throws IOException {
        this.content.setStrokingColor(MUTED);
        this.content.setLineWidth(lineWidth);
        this.content.moveTo(left(), this.y + above);
        this.content.lineTo(right(), this.y + above);
        this.content.stroke();
    }

    void box(float x, float bottom, float width, float height, Color color) throws IOException {
        this.content.setNonStrokingColor(color);
        this.content.addRect(x, bottom, width, height);
        this.content.fill();
    }

    /** Numbers the pages once all are written, as "Trang 1/2 · Page 1 of 2", beside a note. */
    void numberPages(String note) throws IOException {
        close();
        int count = this.document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(this.document, this.document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                show(footer, note, left(), MARGIN, 7, MUTED);
                String number = "Trang %d/%d · Page %d of %d".formatted(i + 1, count, i + 1, count);
                show(footer, number, right() - width(number, 7), MARGIN, 7, MUTED);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (this.content != null) {
            this.content.close();
            this.content = null;
        }
    }

    private void show(PDPageContentStream on, String text, float x, float baseline, float size, Color color)
            throws IOException {
        on.beginText();
        on.setFont(this.font, size);
        on.setNonStrokingColor(color);
        on.newLineAtOffset(x, baseline);
        on.showText(text);
        on.endText();
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PAGE);
        this.document.addPage(page);
        this.content = new PDPageContentStream(this.document, page);
        this.y = PAGE.getHeight() - MARGIN;
    }
}
