package vn.phoihop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.phoihop.servers.Directories;
import vn.phoihop.servers.JvmLaunch;

/**
 * The reduced fault-injection run CI makes on every change: a few hundred cases through the whole protocol on two
 * replicas of each board while six faults are injected (the relay's leader killed with commits unpublished, the
 * broker and PostgreSQL restarted, a replica killed, a consumer stalled past its session, the other board's leader
 * killed). The full run is {@code infra/faults/run}.
 */
class FaultInjectionIT {

    @Test
    void nothingIsLostDuplicatedOrStuckAndTheAuditAgrees() {
        Path directory = Path.of(System.getProperty("phoihop.faults.directory"));
        // this test's own build directory: what an earlier build's run left there would be judged with this run
        Directories.deleteRecursively(directory);
        FaultRun run = new FaultRun(300, 6, 24, directory, Duration.ofMinutes(3), Duration.ofSeconds(3),
                JvmLaunch.QUICK_START);

        RunResult result = run.run();
        Report.print(result, System.out);

        Findings findings = result.findings();
        assertThat(findings.examples()).as("what went wrong").isEmpty();
        assertThat(findings.lost()).as("lost").isZero();
        assertThat(findings.duplicated()).as("duplicated").isZero();
        assertThat(findings.stuck()).as("stuck").isZero();
        assertThat(findings.cases()).isGreaterThanOrEqualTo(300);
        assertThat(findings.deadLetters()).as("dead letters").isZero();
        assertThat(result.injections()).hasSize(6).allSatisfy(injection -> assertThat(injection.recovery())
            .as("recovery after %s", injection.fault()).isNotNull());
        assertThat(result.audit().clean()).as("audit verdict " + result.audit()).isTrue();
        assertThat(result.audit().cases()).isGreaterThanOrEqualTo(findings.completed());
    }

}
