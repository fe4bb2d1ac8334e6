package vn.phoihop.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import vn.phoihop.bench.KafkaCeiling.ConsumerResult;
import vn.phoihop.bench.KafkaCeiling.ProducerResult;

/**
 * Reads the summaries that Kafka 4.2's performance tools print: they have no machine-readable output, and a change
 * of format must fail loudly rather than yield a wrong ceiling.
 */
final class PerformanceOutput {

    // the final summary; the periodic ones before it stop at the max latency
    private static final Pattern PRODUCER_SUMMARY = Pattern.compile("^(\\d+) records sent, ([\\d.]+) records/sec "
            + "\\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, [\\d.]+ ms max latency, (\\d+) ms 50th, \\d+ ms 95th, "
            + "(\\d+) ms 99th, \\d+ ms 99\\.9th\\.$", Pattern.MULTILINE);

    private static final String CONSUMER_HEADER = "start.time";

    private PerformanceOutput() {
    }

    static ProducerResult producer(String output) {
        Matcher summary = PRODUCER_SUMMARY.matcher(output);
        if (!summary.find()) {
            throw new IllegalStateException("No summary in ProducerPerformance's output:\n" + output);
        }
        return new ProducerResult(Long.parseLong(summary.group(1)), Double.parseDouble(summary.group(2)),
                Double.parseDouble(summary.group(3)), Double.parseDouble(summary.group(4)),
                Double.parseDouble(summary.group(5)), Double.parseDouble(summary.group(6)));
    }

    /** A header line of comma-separated names, then a line of as many values. */
    static ConsumerResult consumer(String output) {
        List<String> lines = output.lines().toList();
        int header = IntStream.range(0, lines.size())
            .filter(i -> lines.get(i).startsWith(CONSUMER_HEADER))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No header in ConsumerPerformance's output:\n" + output));
        String[] names = lines.get(header).split(",");
        String[] values = header + 1 < lines.size() ? lines.get(header + 1).split(",") : new String[0];
        if (values.length != names.length) {
            throw new IllegalStateException("No values under the header in ConsumerPerformance's output:\n" + output);
        }
        Map<String, String> figures = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            figures.put(names[i].trim(), values[i].trim());
        }
        return new ConsumerResult(Long.parseLong(figure(figures, "data.consumed.in.nMsg")),
                Double.parseDouble(figure(figures, "fetch.nMsg.sec")),
                Double.parseDouble(figure(figures, "fetch.MB.sec")));
    }

    private static String figure(Map<String, String> figures, String name) {
        String value = figures.get(name);
        if (value == null) {
            throw new IllegalStateException("ConsumerPerformance printed no " + name + " among " + figures.keySet());
        }
        return value;
    }
}
