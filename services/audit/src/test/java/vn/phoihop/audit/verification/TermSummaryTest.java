package vn.phoihop.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phoihop.audit.verdict.Violation;
import vn.phoihop.events.ActionKind;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.PositionTier;

/** A term's statistics from its cases' verdicts. */
class TermSummaryTest {

    private static final LocalDate FROM = LocalDate.of(2010, 1, 1);

    private static final LocalDate TO = LocalDate.of(2015, 12, 31);

    @Test
    void countsTheCasesOfTheTermPerKindAndWhereTheyEnded() {
        TermSummary summary = TermSummary.of(List.of(
                verdict(ActionKind.APPOINTMENT, CaseStatus.DECIDED_APPROVED, 2012, 4),
                verdict(ActionKind.APPOINTMENT, CaseStatus.DECIDED_APPROVED, 2013, 6),
                verdict(ActionKind.APPOINTMENT, CaseStatus.WITHDRAWN, 2013, null),
                verdict(ActionKind.REAPPOINTMENT, CaseStatus.DECIDED_BY_HIGHER_AUTHORITY, 2014, 9),
                verdict(ActionKind.REAPPOINTMENT, CaseStatus.DECIDED_APPROVED, 2016, 2)), FROM, TO);

        assertThat(summary.cases()).isEqualTo(4);
        assertThat(summary.casesByKind().get(ActionKind.APPOINTMENT))
            .containsExactly(entry(CaseStatus.DECIDED_APPROVED, 2), entry(CaseStatus.WITHDRAWN, 1));
        assertThat(summary.casesByKind().get(ActionKind.REAPPOINTMENT))
            .containsExactly(entry(CaseStatus.DECIDED_BY_HIGHER_AUTHORITY, 1));
        assertThat(summary.approvedByCadreBoard()).containsExactly(entry(ActionKind.APPOINTMENT, 2));
        assertThat(summary.approvedByHigherAuthority()).containsExactly(entry(ActionKind.REAPPOINTMENT, 1));
    }

    @Test
    void summarisesTheResponseTimesByNearestRank() {
        List<CaseVerdict> verdicts = List.of(3, 9, 5, 1, 10, 7, 2, 8, 4, 6, 12)
            .stream()
            .map(days -> verdict(ActionKind.APPOINTMENT, CaseStatus.DECIDED_APPROVED, 2014, days))
            .toList();

        TermSummary.ResponseTimes times = TermSummary.of(verdicts, FROM, TO).responseTimes();

        assertThat(times).isEqualTo(new TermSummary.ResponseTimes(11, 6, 10, 12));
        assertThat(TermSummary.of(List.of(), FROM, TO).responseTimes())
            .isEqualTo(new TermSummary.ResponseTimes(0, null, null, null));
    }

    @Test
    void countsTheViolationsOfEveryRuleAndTheCasesThatBrokeAny() {
        CaseVerdict late = new CaseVerdict("c-late", outline("c-late", ActionKind.APPOINTMENT,
                CaseStatus.DECIDED_APPROVED, 2014, 12), List.of(
                        Violation.ofCase("deadline", "c-late", "e-1", "due date 2014-03-14, but ... is 2014-03-17"),
                        Violation.ofCase("deadline", "c-late", "e-2", "late = false")));
        CaseVerdict inquorate = new CaseVerdict("c-quorum", outline("c-quorum", ActionKind.DISMISSAL,
                CaseStatus.PENDING, 2014, 3), List.of(Violation.ofCase("quorum", "c-quorum", "e-3", "4 of 7")));
        CaseVerdict clean = verdict(ActionKind.DISMISSAL, CaseStatus.DECIDED_REJECTED, 2014, 5);

        TermSummary summary = TermSummary.of(List.of(late, inquorate, clean), FROM, TO);

        assertThat(summary.cleanCases()).isEqualTo(1);
        assertThat(summary.violatingCases()).isEqualTo(2);
        assertThat(summary.violationsByRule()).containsEntry("deadline", 2)
            .containsEntry("quorum", 1)
            .containsEntry("recusal", 0)
            .hasSize(CaseRules.ALL.size());
        assertThat(summary.violationsByRule().keySet())
            .containsExactlyElementsOf(CaseRules.ALL.stream().map(rule -> rule.id()).toList());
    }

    private static CaseVerdict verdict(ActionKind kind, CaseStatus status, int year, Integer responseDays) {
        String caseId = kind + "-" + status + "-" + year + "-" + responseDays;
        return new CaseVerdict(caseId, outline(caseId, kind, status, year, responseDays), List.of());
    }

    private static CaseOutline outline(String caseId, ActionKind kind, CaseStatus status, int year,
            Integer responseDays) {
        boolean decided = status.name().startsWith("DECIDED");
        LocalDate requested = LocalDate.of(year, 3, 3);
        return new CaseOutline(caseId, "CB-0001", kind, PositionTier.DEPARTMENT_HEAD, null, 1, status,
                status == CaseStatus.DECIDED_REJECTED ? DecisionOutcome.REJECTED
                        : decided ? DecisionOutcome.APPROVED : null,
                null, requested, null, decided ? requested.plusMonths(1) : null,
                decided ? requested.plusMonths(2) : null, responseDays, false, false);
    }
}
