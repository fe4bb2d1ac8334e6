package vn.phoihop.audit.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.audit.chain.StreamVerdict;
import vn.phoihop.audit.replay.AuditResult;
import vn.phoihop.audit.verdict.Violation;

/** What {@code audit verify} prints: each stream, the cases, and every violation with its evidence. */
record VerifyOutput(boolean clean, long records, List<StreamVerdict> streams, long cases, long cleanCases,
        Map<String, Long> violationsByRule, List<Violation> violations) {

    /** Text output lists this many violations and counts the rest; JSON lists all. */
    private static final int LISTED = 200;

    VerifyOutput(AuditResult result) {
        this(result.clean(), result.records(), result.streams(), result.cases().size(),
                result.cases().stream().filter(verdict -> verdict.clean()).count(),
                result.violations().collect(Collectors.groupingBy(Violation::rule, TreeMap::new, Collectors.counting())),
                result.violations().toList());
    }

    void write(String format, PrintStream out) {
        if (format.equals("json")) {
            out.println(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(this));
            return;
        }
        out.printf("records read: %d%n", this.records);
        for (StreamVerdict stream : this.streams) {
            out.printf("stream %s: %d events linked, %d unlinked, %d redelivered copies, %d checkpoints, attested up to %d "
                    + "(%d awaiting the next checkpoint): %s%n", stream.producer(), stream.linked(), stream.unlinked(),
                    stream.redelivered(), stream.checkpoints(), stream.attested(), stream.unattested(),
                    stream.clean() ? "clean" : stream.violations().size() + " violations");
        }
        out.printf("cases: %d judged, %d clean, %d with violations%n", this.cases, this.cleanCases,
                this.cases - this.cleanCases);
        this.violationsByRule.forEach((rule, count) -> out.printf("  %-28s %d%n", rule, count));
        this.violations.stream().limit(LISTED).forEach(violation -> out.println("  " + violation));
        if (this.violations.size() > LISTED) {
            out.printf("  ... and %d more (--format json lists all)%n", this.violations.size() - LISTED);
        }
        out.println(this.clean ? "verdict: CLEAN" : "verdict: VIOLATIONS FOUND (" + this.violations.size() + ")");
    }
}
