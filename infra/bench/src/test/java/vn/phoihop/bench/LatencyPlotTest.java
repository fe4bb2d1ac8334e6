package vn.phoihop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.phoihop.bench.LatencyPlot.Point;
import vn.phoihop.bench.LatencyPlot.Series;
import vn.phoihop.bench.LatencyPlot.Target;

class LatencyPlotTest {

    @TempDir
    Path dir;

    @Test
    void eachSeriesIsDrawnInItsOwnColourAndHigherLatencySitsHigher() throws IOException {
        Path png = dir.resolve("chart.png");
        // Unsorted on purpose: the line must still run left to right through the flat stretch.
        Series fast = new Series("p50", List.of(new Point(500, 5), new Point(100, 5), new Point(900, 200)));
        Series slow = new Series("p99", List.of(new Point(100, 400), new Point(600, 400), new Point(800, 3000)));

        LatencyPlot.write(png, "Submit latency", "submits/s", "latency", List.of(fast, slow),
                List.of(new Target("target p99 50 ms", 50)));

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(640);
        assertThat(count(image, image.getRGB(0, 0))).isLessThan(image.getWidth() * image.getHeight());
        int fastColour = LatencyPlot.colour(0).getRGB();
        int slowColour = LatencyPlot.colour(1).getRGB();
        int fastRow = rowWithMost(image, fastColour);
        int slowRow = rowWithMost(image, slowColour);
        // The flat stretches span hundreds of pixels; a legend sample or a marker alone would not reach this.
        assertThat(countInRow(image, fastRow, fastColour)).isGreaterThan(150);
        assertThat(countInRow(image, slowRow, slowColour)).isGreaterThan(150);
        assertThat(slowRow).isLessThan(fastRow);
    }

    @Test
    void noDataStillGivesAChartWithAxesAndNoLines() throws IOException {
        Path png = dir.resolve("empty.png");

        LatencyPlot.write(png, "Nothing measured", "submits/s", "latency", List.of(new Series("idle", List.of())));

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(640);
        assertThat(count(image, image.getRGB(0, 0))).isLessThan(image.getWidth() * image.getHeight());
        assertThat(count(image, LatencyPlot.colour(0).getRGB())).isZero();
    }

    private static int rowWithMost(BufferedImage image, int rgb) {
        int best = 0;
        for (int y = 1; y < image.getHeight(); y++) {
            if (countInRow(image, y, rgb) > countInRow(image, best, rgb)) {
                best = y;
            }
        }
        return best;
    }

    private static int countInRow(BufferedImage image, int y, int rgb) {
        int found = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            found += image.getRGB(x, y) == rgb ? 1 : 0;
        }
        return found;
    }

    private static int count(BufferedImage image, int rgb) {
        int found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            found += countInRow(image, y, rgb);
        }
        return found;
    }
}
