package vn.phoihop.bench.cycles;

import org.HdrHistogram.Histogram;

/** A histogram of microseconds as the table shows it: median and 99th percentile in milliseconds. */
record Percentiles(double p50, double p99, long count) {

    static Percentiles of(Histogram micros) {
        return micros.getTotalCount() == 0 ? new Percentiles(Double.NaN, Double.NaN, 0)
                : new Percentiles(micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(99) / 1000.0,
                        micros.getTotalCount());
    }

    /** In a column of the table. */
    @Override
    public String toString() {
        return "%7.1f %7.1f".formatted(this.p50, this.p99);
    }

    /** In a line of text: {@code p50/p99}. */
    String compact() {
        return "%.1f/%.1f".formatted(this.p50, this.p99);
    }

}
