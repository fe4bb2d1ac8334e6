package vn.phoihop.faults;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.phoihop.servers.Machine;

/** The run's table, as docs/reliability.md quotes it. */
final class Report {

    private Report() {
    }

    static void print(RunResult result, PrintStream out) {
        Findings findings = result.findings();
        out.println();
        out.println("Fault-injection run");
        out.println("Machine: " + Machine.describe());
        out.printf("Load: %s%n", Machine.loadAverage());
        out.printf("Platform start %s, driving %s, %d cases in flight at once%n", seconds(result.startup()),
                seconds(result.drive()), result.run().concurrency());
        out.println();
        row(out, "cases", "%,d (%,d completed)".formatted(findings.cases(), findings.completed()));
        row(out, "commands accepted", "%,d (%,d of them with the answer lost, replayed by the service)"
            .formatted(findings.commandsAccepted(), findings.acceptedWithoutAnswer()));
        row(out, "faults", "%d".formatted(result.injections().size()));
        byKind(result.injections())
            .forEach((kind, count) -> row(out, "  " + kind.label(), Long.toString(count)));
        row(out, "events committed", "%,d".formatted(findings.events()));
        row(out, "records on the topics", "%,d (%,d redelivered copies, absorbed by the inboxes)"
            .formatted(findings.records(), findings.redelivered()));
        row(out, "lost", Long.toString(findings.lost()));
        row(out, "duplicated", Long.toString(findings.duplicated()));
        row(out, "stuck", Long.toString(findings.stuck()));
        row(out, "dead letters", Long.toString(findings.deadLetters()));
        row(out, "drafts from lost answers", Long.toString(findings.orphanDrafts()) + " (counted as duplicated)");
        row(out, "5xx answers during faults", Long.toString(findings.serverErrors()));
        AuditVerdict audit = result.audit();
        row(out, "audit verdict", "%s: %,d records, %,d cases, %,d clean%s".formatted(audit.clean() ? "clean" : "NOT CLEAN",
                audit.records(), audit.cases(), audit.cleanCases(), audit.clean() ? "" : " " + audit.violations()));
        out.println();
        out.printf("%-4s %-8s %-45s %-20s %-9s %-9s %s%n", "#", "at", "fault", "instance", "takeover", "recovery",
                "note");
        int number = 1;
        for (Injection injection : result.injections()) {
            out.printf("%-4d %-8s %-45s %-20s %-9s %-9s %s%n", number++, time(injection.at()), injection.fault(),
                    injection.target(), seconds(injection.takeover()), seconds(injection.recovery()), injection.note());
        }
        out.println();
        out.printf("%-45s %-6s %-13s %s%n", "recovery by kind", "count", "median", "max");
        result.injections().stream()
            .filter(injection -> injection.recovery() != null)
            .collect(Collectors.groupingBy(injection -> injection.fault().kind(), TreeMap::new,
                    Collectors.mapping(Injection::recovery, Collectors.toList())))
            .forEach((kind, recoveries) -> out.printf("%-45s %-6d %-13s %s%n", kind.label(), recoveries.size(),
                    seconds(median(recoveries)), seconds(recoveries.stream().max(Comparator.naturalOrder()).orElseThrow())));
        findings.examples().forEach(example -> out.println("  ! " + example));
        out.println();
        out.println(result.passed() ? "PASSED: nothing lost, nothing duplicated, nothing stuck, audit clean"
                : "FAILED");
    }

    static String seconds(Duration duration) {
        return duration == null ? "-" : "%.1f s".formatted(duration.toMillis() / 1000.0);
    }

    static String time(Duration sinceStart) {
        return "%d:%02d".formatted(sinceStart.toMinutes(), sinceStart.toSecondsPart());
    }

    private static Map<Fault.Kind, Long> byKind(List<Injection> injections) {
        return injections.stream()
            .collect(Collectors.groupingBy(injection -> injection.fault().kind(), TreeMap::new, Collectors.counting()));
    }

    private static Duration median(List<Duration> durations) {
        return durations.stream().sorted().toList().get(durations.size() / 2);
    }

    private static void row(PrintStream out, String label, String value) {
        out.printf("%-28s %s%n", label, value);
    }

}
