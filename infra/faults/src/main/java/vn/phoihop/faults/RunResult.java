package vn.phoihop.faults;

import java.time.Duration;
import java.util.List;

/** A run's outcome: the findings, every fault as it happened, the audit's verdict, and how long things took. */
record RunResult(FaultRun run, Findings findings, List<Injection> injections, AuditVerdict audit, Duration startup,
        Duration drive) {

    /** Nothing lost, doubled or stuck, every planned fault injected, and the auditors agree. */
    boolean passed() {
        return this.findings.intact() && this.audit.clean() && this.injections.size() == this.run.faults()
                && this.injections.stream().allMatch(injection -> injection.recovery() != null);
    }

}
