package vn.phoihop.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * Latency against throughput as a PNG, drawn with plain Java2D so that a benchmark can leave a picture beside its
 * numbers without a charting dependency. Latency is on a logarithmic axis: one run spans milliseconds to seconds.
 */
public final class LatencyPlot {

    public record Point(double throughput, double latencyMillis) {
    }

    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /** A latency the system is meant to stay under, drawn across the whole chart. */
    public record Target(String label, double latencyMillis) {
    }

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 640;

    // Tableau's palette without its grey and olive: strong hues that stay apart, none like the targets' grey.
    private static final Color[] COLOURS = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0xff7f0e), new Color(0x9467bd), new Color(0x17becf), new Color(0x8c564b), new Color(0xe377c2) };

    // Dashes and markers as well as colours keep the lines apart in greyscale; four dashes against five markers
    // give no two of the first twenty series the same pair.
    private static final float[][] DASHES = { null, { 14, 6 }, { 3, 5 }, { 14, 5, 3, 5 } };

    private static final Color TARGET_GREY = new Color(0x707070);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

    private final Graphics2D g;
    private final List<Series> series;
    private final List<Target> targets;
    private final Rectangle plot;
    private final double xMax;
    private final double xStep;
    private final int lowDecade;
    private final int highDecade;

    public static void write(Path png, String title, String xLabel, String yLabel, List<Series> series) {
        write(png, title, xLabel, yLabel, series, List.of());
    }

    public static void write(Path png, String title, String xLabel, String yLabel, List<Series> series,
            List<Target> targets) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            new LatencyPlot(g, series, targets).draw(title, xLabel, yLabel);
        }
        finally {
            g.dispose();
        }
        try (OutputStream out = Files.newOutputStream(png)) {
            ImageIO.write(image, "png", out);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the chart " + png, e);
        }
    }

    /** By position in the list, empty series included, so that a series keeps its colour from chart to chart. */
    static Color colour(int seriesIndex) {
        return COLOURS[seriesIndex % COLOURS.length];
    }

    private LatencyPlot(Graphics2D g, List<Series> series, List<Target> targets) {
        this.g = g;
        this.series = series;
        this.targets = targets;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // Normalised strokes move by up to half a pixel; pure ones land where the scale says.
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        int longestName = series.stream().filter(s -> !s.points().isEmpty())
                .mapToInt(s -> g.getFontMetrics(LABEL).stringWidth(s.name())).max().orElse(0);
        int legendWidth = Math.clamp(longestName + 90, 150, 360);
        plot = new Rectangle(100, 60, WIDTH - 100 - legendWidth, HEIGHT - 60 - 75);

        double maxThroughput = points().mapToDouble(Point::throughput).filter(t -> t > 0).max().orElse(1);
        xStep = niceStep(maxThroughput / 5);
        xMax = (Math.floor(maxThroughput / xStep) + 1) * xStep;
        DoubleSummaryStatistics latencies = Stream
                .concat(points().map(Point::latencyMillis), targets.stream().map(Target::latencyMillis))
                .mapToDouble(Double::doubleValue).filter(millis -> millis > 0).summaryStatistics();
        lowDecade = latencies.getCount() == 0 ? 0 : (int) Math.floor(Math.log10(latencies.getMin()));
        highDecade = latencies.getCount() == 0 ? 3
                : Math.max(lowDecade + 1, (int) Math.ceil(Math.log10(latencies.getMax())));
    }

    private void draw(String title, String xLabel, String yLabel) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        drawGrid();
        targets.forEach(this::drawTargetLine);
        g.clip(new Rectangle(plot.x - 8, plot.y - 8, plot.width + 16, plot.height + 16));
        for (int i = 0; i < series.size(); i++) {
            if (!series.get(i).points().isEmpty()) {
                drawSeries(series.get(i).points(), i);
            }
        }
        g.setClip(null);
        targets.forEach(this::drawTargetLabel);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(plot);
        g.setFont(TITLE);
        text(title, WIDTH / 2.0, 38, 0.5);
        g.setFont(LABEL);
        text(xLabel, plot.getCenterX(), HEIGHT - 22, 0.5);
        AffineTransform unrotated = g.getTransform();
        g.translate(32, plot.getCenterY());
        g.rotate(-Math.PI / 2);
        text(yLabel, 0, 0, 0.5);
        g.setTransform(unrotated);
        drawLegend();
        if (points().findAny().isEmpty()) {
            g.setColor(TARGET_GREY);
            g.setFont(TITLE.deriveFont(Font.ITALIC));
            text("no data", plot.getCenterX(), plot.getCenterY(), 0.5);
        }
    }

    private void drawGrid() {
        g.setFont(TICK);
        g.setStroke(new BasicStroke(1f));
        for (int decade = lowDecade; decade <= highDecade; decade++) {
            double millis = Math.pow(10, decade);
            for (int minor = 2; minor <= 9 && decade < highDecade; minor++) {
                horizontal(y(minor * millis), new Color(0xeeeeee));
            }
            horizontal(y(millis), new Color(0xc8c8c8));
            g.setColor(Color.BLACK);
            text(("%,." + Math.max(0, -decade) + "f ms").formatted(millis), plot.x - 8, y(millis) + 5, 1);
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(xStep)));
        for (int i = 0; i <= Math.round(xMax / xStep); i++) {
            double x = x(i * xStep);
            g.setColor(new Color(0xdddddd));
            g.draw(new Line2D.Double(x, plot.y, x, plot.getMaxY()));
            g.setColor(Color.BLACK);
            text(("%,." + decimals + "f").formatted(i * xStep), x, plot.getMaxY() + 22, 0.5);
        }
    }

    private void drawTargetLine(Target target) {
        double y = y(target.latencyMillis());
        g.setColor(TARGET_GREY);
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 6, 4 }, 0));
        g.draw(new Line2D.Double(plot.x, y, plot.getMaxX(), y));
    }

    /** Over the series, on a pale backing, so that a line crossing it does not make it unreadable. */
    private void drawTargetLabel(Target target) {
        g.setFont(TICK);
        double baseline = y(target.latencyMillis()) - 5;
        g.setColor(new Color(255, 255, 255, 200));
        g.fill(new Rectangle2D.Double(plot.x + 5, baseline - g.getFontMetrics().getAscent(),
                g.getFontMetrics().stringWidth(target.label()) + 6, g.getFontMetrics().getAscent() + 2));
        g.setColor(TARGET_GREY);
        // At the left, where latency curves are usually still low and below the target.
        text(target.label(), plot.x + 8, baseline, 0);
    }

    private void drawSeries(List<Point> points, int index) {
        Path2D line = new Path2D.Double();
        points.stream().sorted(Comparator.comparingDouble(Point::throughput)).forEach(p -> {
            if (line.getCurrentPoint() == null) {
                line.moveTo(x(p.throughput()), y(p.latencyMillis()));
            }
            else {
                line.lineTo(x(p.throughput()), y(p.latencyMillis()));
            }
        });
        g.setColor(colour(index));
        g.setStroke(lineStroke(index));
        g.draw(line);
        points.forEach(p -> g.fill(marker(index, x(p.throughput()), y(p.latencyMillis()))));
    }

    private void drawLegend() {
        g.setFont(LABEL);
        double x = plot.getMaxX() + 20;
        double y = plot.y + 12;
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).points().isEmpty()) {
                continue;
            }
            g.setColor(colour(i));
            g.setStroke(lineStroke(i));
            g.draw(new Line2D.Double(x, y, x + 44, y));
            g.fill(marker(i, x + 22, y));
            g.setColor(Color.BLACK);
            text(series.get(i).name(), x + 54, y + 6, 0);
            y += 28;
        }
    }

    private void horizontal(double y, Color colour) {
        g.setColor(colour);
        g.draw(new Line2D.Double(plot.x, y, plot.getMaxX(), y));
    }

    /** Draws at baseline y; align 0 puts x at the text's left end, 0.5 at its centre, 1 at its right end. */
    private void text(String text, double x, double y, double align) {
        g.drawString(text, (float) (x - align * g.getFontMetrics().stringWidth(text)), (float) y);
    }

    private double x(double throughput) {
        return plot.x + throughput / xMax * plot.width;
    }

    private double y(double latencyMillis) {
        double decades = Math.log10(Math.max(latencyMillis, Math.pow(10, lowDecade))) - lowDecade;
        return plot.getMaxY() - decades / (highDecade - lowDecade) * plot.height;
    }

    private Stream<Point> points() {
        return series.stream().flatMap(s -> s.points().stream());
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}: ticks a reader can add up at a glance. */
    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double mantissa = rough / power;
        return (mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10) * power;
    }

    private static Stroke lineStroke(int index) {
        return new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, DASHES[index % DASHES.length],
                0);
    }

    private static Shape marker(int index, double x, double y) {
        return switch (index % 5) {
            case 0 -> new Ellipse2D.Double(x - 5, y - 5, 10, 10);
            case 1 -> polygon(x, y, -4.5, -4.5, 4.5, -4.5, 4.5, 4.5, -4.5, 4.5);
            case 2 -> polygon(x, y, 0, -6, 5.5, 4, -5.5, 4);
            case 3 -> polygon(x, y, 0, -6, 6, 0, 0, 6, -6, 0);
            default -> polygon(x, y, 0, 6, 5.5, -4, -5.5, -4);
        };
    }

    private static Shape polygon(double x, double y, double... offsets) {
        Path2D shape = new Path2D.Double();
        shape.moveTo(x + offsets[0], y + offsets[1]);
        for (int i = 2; i < offsets.length; i += 2) {
            shape.lineTo(x + offsets[i], y + offsets[i + 1]);
        }
        shape.closePath();
        return shape;
    }
}
