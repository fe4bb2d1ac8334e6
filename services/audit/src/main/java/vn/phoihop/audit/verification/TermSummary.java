package vn.phoihop.audit.verification;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import vn.phoihop.audit.verdict.Rule;
import vn.phoihop.audit.verdict.Violation;
import vn.phoihop.events.ActionKind;

/**
 * A term's statistics from the verdicts of its cases, in the shape reports need: the cases per action kind and
 * where they ended, the approvals as the seed's table counts them (by the cadre board, and by a higher authority
 * after an upward submission), the violations per rule, and the executive board's response times in working days.
 * A case belongs to the term when its {@link CaseOutline#termDate()} lies within {@code [from, to]}.
 *
 * @param violationsByRule every case rule with its number of violations, zeros included, in the order of
 *        {@link CaseRules#ALL}
 */
public record TermSummary(LocalDate from, LocalDate to, int cases, int cleanCases, int violatingCases,
        Map<ActionKind, Map<CaseStatus, Integer>> casesByKind, Map<ActionKind, Integer> approvedByCadreBoard,
        Map<ActionKind, Integer> approvedByHigherAuthority, Map<String, Integer> violationsByRule,
        ResponseTimes responseTimes, int deemedConsents, int contraryDecisions) {

    /**
     * How long the executive board took to answer, in working days from the start of the round to the meeting.
     * Percentiles by nearest rank, so each is a response time that occurred; null without any response.
     */
    public record ResponseTimes(int count, Integer median, Integer p90, Integer max) {

        static ResponseTimes of(List<Integer> workingDays) {
            List<Integer> sorted = workingDays.stream().sorted().toList();
            if (sorted.isEmpty()) {
                return new ResponseTimes(0, null, null, null);
            }
            return new ResponseTimes(sorted.size(), rank(sorted, 50), rank(sorted, 90), sorted.getLast());
        }

        private static Integer rank(List<Integer> sorted, int percent) {
            int rank = (percent * sorted.size() + 99) / 100;
            return sorted.get(Math.max(rank, 1) - 1);
        }
    }

    public static TermSummary of(List<CaseVerdict> verdicts, LocalDate from, LocalDate to) {
        List<CaseVerdict> inTerm = verdicts.stream()
            .filter(verdict -> verdict.outline().termDate().filter(day -> !day.isBefore(from) && !day.isAfter(to))
                .isPresent())
            .toList();
        List<CaseOutline> outlines = inTerm.stream().map(CaseVerdict::outline).toList();
        int clean = (int) inTerm.stream().filter(CaseVerdict::clean).count();
        return new TermSummary(from, to, inTerm.size(), clean, inTerm.size() - clean, casesByKind(outlines),
                approved(outlines, CaseStatus.DECIDED_APPROVED), approved(outlines,
                        CaseStatus.DECIDED_BY_HIGHER_AUTHORITY),
                violationsByRule(inTerm),
                ResponseTimes.of(outlines.stream()
                    .map(CaseOutline::responseWorkingDays)
                    .filter(Objects::nonNull)
                    .toList()),
                (int) outlines.stream().filter(CaseOutline::deemedConsent).count(),
                (int) outlines.stream().filter(CaseOutline::contraryToOpinion).count());
    }

    private static Map<ActionKind, Map<CaseStatus, Integer>> casesByKind(List<CaseOutline> outlines) {
        Map<ActionKind, Map<CaseStatus, Integer>> byKind = new EnumMap<>(ActionKind.class);
        outlines.forEach(outline -> byKind.computeIfAbsent(outline.actionKind(), kind -> new EnumMap<>(
                CaseStatus.class)).merge(outline.status(), 1, Integer::sum));
        Map<ActionKind, Map<CaseStatus, Integer>> frozen = new EnumMap<>(ActionKind.class);
        byKind.forEach((kind, statuses) -> frozen.put(kind, Collections.unmodifiableMap(statuses)));
        return Collections.unmodifiableMap(frozen);
    }

    private static Map<ActionKind, Integer> approved(List<CaseOutline> outlines, CaseStatus status) {
        Map<ActionKind, Integer> approved = new EnumMap<>(ActionKind.class);
        outlines.stream()
            .filter(outline -> outline.status() == status && outline.approved())
            .forEach(outline -> approved.merge(outline.actionKind(), 1, Integer::sum));
        return Collections.unmodifiableMap(approved);
    }

    private static Map<String, Integer> violationsByRule(List<CaseVerdict> verdicts) {
        Map<String, Integer> byRule = new LinkedHashMap<>();
        CaseRules.ALL.stream().map(Rule::id).forEach(id -> byRule.put(id, 0));
        Map<String, Integer> others = new TreeMap<>();
        verdicts.stream()
            .flatMap(verdict -> verdict.violations().stream())
            .map(Violation::rule)
            .forEach(rule -> (byRule.containsKey(rule) ? byRule : others).merge(rule, 1, Integer::sum));
        byRule.putAll(others);
        return Collections.unmodifiableMap(byRule);
    }
}
