package vn.phoihop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The replay benchmark end to end on a small term, so that it keeps working between the runs that measure. */
class ReplayBenchmarkIT {

    @Test
    @Timeout(60)
    void theAuditFindsTheSyntheticTermCleanAndBothReadsAreMeasured() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        ReplayResult result = ReplayBenchmark.run(20_000, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(result.audit().exitCode()).isZero();
        assertThat(result.written().events()).isEqualTo(20_004);
        assertThat(result.raw().events()).isEqualTo(result.written().events());
        assertThat(result.raw().eventsPerSecond()).isPositive();
        assertThat(result.auditEventsPerSecond()).isPositive();
        assertThat(result.audit().took()).isPositive();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("ratio audit / raw", "Machine: ");
    }
}
