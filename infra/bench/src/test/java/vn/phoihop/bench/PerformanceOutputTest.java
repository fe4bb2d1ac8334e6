package vn.phoihop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

import vn.phoihop.bench.KafkaCeiling.ConsumerResult;
import vn.phoihop.bench.KafkaCeiling.ProducerResult;

/** Against the output of Kafka 4.2.1's tools, captured from a run on a local secured broker. */
class PerformanceOutputTest {

    private static final String PRODUCED = """
            31873 records sent, 6374.6 records/sec (3.04 MB/sec), 1693.0 ms avg latency, 2626.0 ms max latency.
            60000 records sent, 10217.983651 records/sec (4.87 MB/sec), 2244.76 ms avg latency, 2973.00 ms max \
            latency, 2573 ms 50th, 2937 ms 95th, 2956 ms 99th, 2971 ms 99.9th.
            """;

    private static final String CONSUMED = """
            start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, \
            fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
            2026-11-23 05:24:47:869, 2026-11-23 05:24:51:435, 9.5367, 2.6744, 20000, 5608.5250, 2325, 1241, 7.6847, \
            16116.0355
            """;

    @Test
    void readsTheProducersFinalSummaryNotTheProgressBeforeIt() {
        assertThat(PerformanceOutput.producer(PRODUCED))
            .isEqualTo(new ProducerResult(60_000, 10217.983651, 4.87, 2244.76, 2573, 2956));
    }

    @Test
    void readsTheConsumersFetchFiguresWhichLeaveOutJoiningTheGroup() {
        assertThat(PerformanceOutput.consumer(CONSUMED)).isEqualTo(new ConsumerResult(20_000, 16116.0355, 7.6847));
    }

    @Test
    void refusesOutputWithoutASummary() {
        assertThatIllegalStateException().isThrownBy(() -> PerformanceOutput.producer(PRODUCED.lines().findFirst()
            .orElseThrow()));
        assertThatIllegalStateException().isThrownBy(() -> PerformanceOutput.consumer(CONSUMED.lines().findFirst()
            .orElseThrow()));
    }
}
