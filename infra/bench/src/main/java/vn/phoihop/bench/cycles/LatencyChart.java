package vn.phoihop.bench.cycles;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.HdrHistogram.Histogram;

import vn.phoihop.bench.LatencyPlot;

/**
 * The report's latencies against the throughput at which they were measured, one line per stage and percentile:
 * the open-loop steps, below saturation, and the maximum. The other closed-loop steps are left out: at a throughput
 * below the maximum their users queue behind each other, which is a different curve.
 */
final class LatencyChart {

    private LatencyChart() {
    }

    static void draw(CycleReport report, Path png) {
        MeasuredPhase fastest = report.fastest();
        List<MeasuredPhase> phases = report.phases()
            .stream()
            .filter(phase -> phase == fastest || phase.result().load().mode() == Load.Mode.OPEN)
            .sorted(Comparator.comparingDouble(MeasuredPhase::cyclesPerSecond))
            .toList();
        LatencyPlot.write(png,
                "Phối hợp: latency against throughput, %d instance(s) of each board, %d cores"
                    .formatted(report.settings().replicas(), Runtime.getRuntime().availableProcessors()),
                "full cycles per second", "latency, ms (log)",
                List.of(series(phases, "commit→effect p50", 50, phase -> phase.stages().commitToEffect()),
                        series(phases, "commit→effect p99", 99, phase -> phase.stages().commitToEffect()),
                        series(phases, "full cycle p50", 50, phase -> phase.result().recorder().cycles()),
                        series(phases, "full cycle p99", 99, phase -> phase.result().recorder().cycles()),
                        series(phases, "HTTP accept p99", 99, phase -> phase.result().recorder().accepted())),
                List.of(new LatencyPlot.Target("target p50 10 ms", CycleReport.TARGET_P50_MILLIS),
                        new LatencyPlot.Target("target p99 50 ms", CycleReport.TARGET_P99_MILLIS)));
    }

    private static LatencyPlot.Series series(List<MeasuredPhase> phases, String name, double percentile,
            Function<MeasuredPhase, Histogram> micros) {
        return new LatencyPlot.Series(name, phases.stream()
            .filter(phase -> micros.apply(phase).getTotalCount() > 0)
            .map(phase -> new LatencyPlot.Point(phase.cyclesPerSecond(),
                    micros.apply(phase).getValueAtPercentile(percentile) / 1000.0))
            .toList());
    }

}
