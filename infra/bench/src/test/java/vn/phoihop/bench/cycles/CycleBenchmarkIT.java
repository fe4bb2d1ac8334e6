package vn.phoihop.bench.cycles;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cycle benchmark end to end at a small scale (the boards and the audit as processes, one closed-loop and one
 * open-loop step, short ceilings), so that it keeps working between the runs that measure.
 */
class CycleBenchmarkIT {

    @Test
    @Timeout(600)
    void everyCycleCompletesAndEveryEventIsFollowedToItsEffect(@TempDir Path directory) throws IOException {
        Path plot = directory.resolve("cycles.png");
        BenchmarkSettings settings = BenchmarkSettings.parse("--directory=" + directory.resolve("run"),
                "--plot=" + plot, "--users=4", "--offered=0.5", "--warm-up=3", "--window=6", "--ceiling=2",
                "--jdbc-threads=4", "--kafka-records=20000");

        CycleReport report = CycleBenchmark.run(settings);

        System.out.print(report.table());
        assertThat(report.phases()).hasSize(2);
        for (MeasuredPhase phase : report.phases()) {
            assertThat(phase.result().failures()).isEmpty();
            assertThat(phase.result().recorder().failures()).isZero();
            assertThat(phase.result().cycles()).isPositive();
            assertThat(phase.stages().unfollowed()).isEmpty();
            // six kinds of event cross per cycle; a window cuts some cycles, so the mean is near six, not six
            assertThat(phase.eventsPerCycle()).isBetween(3.0, 9.0);
            assertThat(phase.stages().commitToEffect().getTotalCount()).isEqualTo(phase.stages().events());
            // event by event the whole is the sum of its stages, less Kafka's truncation to a millisecond
            assertThat(phase.stages().commitToEffect().getValueAtPercentile(50) + 1000)
                .isGreaterThanOrEqualTo(phase.stages().kafkaToEffect().getValueAtPercentile(50));
            assertThat(phase.result().databaseCommits()).isGreaterThan(phase.stages().events());
        }
        assertThat(report.ceilings().jdbcTransactionsPerSecond()).isPositive();
        assertThat(report.ceilings().consumerRecordsPerSecond()).isPositive();
        assertThat(report.table()).contains("Machine: ", "Ceilings", "Ratios", "Targets");
        BufferedImage image = ImageIO.read(plot.toFile());
        assertThat(image.getWidth()).isGreaterThan(0);
        assertThat(Files.size(plot)).isGreaterThan(1000);
    }

}
