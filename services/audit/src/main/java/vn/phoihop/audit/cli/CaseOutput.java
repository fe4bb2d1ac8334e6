package vn.phoihop.audit.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.audit.pointintime.CaseAsOf;
import vn.phoihop.audit.replay.AuditResult;
import vn.phoihop.audit.verdict.Violation;

/**
 * What {@code audit case} prints: the case as it stood at the instant asked, its verdict over the whole history,
 * and whether both boards' streams, which the view rests on, verified.
 */
record CaseOutput(String caseId, Instant asOf, CaseAsOf view, List<Violation> caseViolations,
        List<Violation> streamViolations) {

    CaseOutput(AuditResult result, String caseId, Instant asOf) {
        this(caseId, asOf, CaseAsOf.of(result.history(caseId).orElseThrow(), asOf),
                result.cases().stream().filter(verdict -> verdict.caseId().equals(caseId))
                    .flatMap(verdict -> verdict.violations().stream()).toList(),
                result.streams().stream().flatMap(stream -> stream.violations().stream()).toList());
    }

    boolean clean() {
        return this.caseViolations.isEmpty() && this.streamViolations.isEmpty();
    }

    void write(PrintStream out) {
        out.println(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(this));
    }
}
