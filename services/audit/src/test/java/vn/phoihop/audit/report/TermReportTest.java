package vn.phoihop.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.pointintime.CaseStory;
import vn.phoihop.events.ActionKind;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.OpinionOutcome;

/** Which decisions the term report counts: the cadre board's rules, applied to the events alone. */
class TermReportTest {

    private static final LocalDate FROM = LocalDate.of(2010, 10, 1);

    private static final LocalDate TO = LocalDate.of(2015, 10, 31);

    private int cases;

    @Test
    void countsTheSeedsTableOverTheTerm() {
        TermReport report = TermReport.of(SeedTerm.cases(), FROM, TO);

        assertThat(report.appointments()).isEqualTo(88);
        assertThat(report.transferAndAppointments()).isEqualTo(21);
        assertThat(report.receptionAndAppointments()).isEqualTo(7);
        assertThat(report.reappointmentsAndExtensions()).isEqualTo(78);
        assertThat(report.totalDecidedByCadreBoard()).isEqualTo(194);
        assertThat(report.submittedUpward()).containsExactly(Map.entry(regulation(ActionKind.APPOINTMENT), 2L),
                Map.entry(regulation(ActionKind.REAPPOINTMENT), 4L));
        assertThat(report.totalSubmittedUpward()).isEqualTo(6);
        assertThat(report.decidedOfUnknownKind()).isZero();
    }

    @Test
    void countsDecisionsTakingEffectOnTheFirstAndLastDayOfTheTermButNotTheDaysAround() {
        TermReport report = TermReport.of(List.of(approved(ActionKind.APPOINTMENT, FROM.minusDays(1)),
                approved(ActionKind.APPOINTMENT, FROM), approved(ActionKind.APPOINTMENT, TO),
                approved(ActionKind.APPOINTMENT, TO.plusDays(1))), FROM, TO);

        assertThat(report.appointments()).isEqualTo(2);
    }

    @Test
    void datesADecisionByWhenItTakesEffectNotWhenItWasTaken() {
        // the story is told in January 2012: one decision takes effect after the term, one before it
        TermReport within = TermReport.of(List.of(approved(ActionKind.APPOINTMENT, LocalDate.of(2016, 1, 1)),
                approved(ActionKind.APPOINTMENT, LocalDate.of(2011, 6, 1))), LocalDate.of(2011, 1, 1),
                LocalDate.of(2011, 12, 31));

        assertThat(within.appointments()).isEqualTo(1);
    }

    @Test
    void leavesOutRejectedDecisionsOfEitherAuthority() {
        CaseHistory rejected = story().request(ActionKind.APPOINTMENT).receive().opinion(OpinionOutcome.DISAGREE)
            .decisionMeeting().decide(DecisionOutcome.REJECTED, LocalDate.of(2012, 3, 1)).history();
        CaseHistory rejectedAbove = story().request(ActionKind.APPOINTMENT).receive().opinion(OpinionOutcome.AGREE)
            .decisionMeeting().submitUpward().higherDecision(DecisionOutcome.REJECTED, LocalDate.of(2012, 3, 1))
            .history();

        TermReport report = TermReport.of(List.of(rejected, rejectedAbove), FROM, TO);

        assertThat(report.totalDecidedByCadreBoard()).isZero();
        assertThat(report.totalSubmittedUpward()).isZero();
    }

    @Test
    void leavesOutWithdrawnUndecidedAndUnansweredCases() {
        CaseHistory withdrawn = story().request(ActionKind.APPOINTMENT).receive().opinion(OpinionOutcome.AGREE)
            .withdraw().history();
        CaseHistory undecided = story().request(ActionKind.TRANSFER_AND_APPOINTMENT).receive()
            .opinion(OpinionOutcome.AGREE).decisionMeeting().history();
        CaseHistory unanswered = story().request(ActionKind.APPOINTMENT).receive().overdue(false).history();
        CaseHistory awaitingTheHigherAuthority = story().request(ActionKind.APPOINTMENT).receive()
            .opinion(OpinionOutcome.AGREE).decisionMeeting().submitUpward().history();

        TermReport report = TermReport.of(List.of(withdrawn, undecided, unanswered, awaitingTheHigherAuthority), FROM,
                TO);

        assertThat(report.totalDecidedByCadreBoard()).isZero();
        assertThat(report.totalSubmittedUpward()).isZero();
        assertThat(report.decidedByCadreBoard()).isEmpty();
    }

    @Test
    void countsAHigherAuthoritysApprovalAsSubmittedUpwardAndNotInTheBoardsTable() {
        CaseHistory deputyMinister = story().request(ActionKind.APPOINTMENT).receive().opinion(OpinionOutcome.AGREE)
            .decisionMeeting().submitUpward().higherDecision(DecisionOutcome.APPROVED, LocalDate.of(2012, 5, 1))
            .history();

        TermReport report = TermReport.of(List.of(deputyMinister), FROM, TO);

        assertThat(report.submittedUpward(vn.phoihop.regulation.ActionKind.APPOINTMENT)).isEqualTo(1);
        assertThat(report.totalSubmittedUpward()).isEqualTo(1);
        assertThat(report.appointments()).isZero();
        assertThat(report.totalDecidedByCadreBoard()).isZero();
    }

    @Test
    void countsAnAmendedCaseOnce() {
        CaseHistory amended = story().request(ActionKind.RECEPTION_AND_APPOINTMENT).receive()
            .opinion(OpinionOutcome.AGREE_WITH_CONDITIONS).amend().receive().opinion(OpinionOutcome.AGREE)
            .decisionMeeting().decide(DecisionOutcome.APPROVED, LocalDate.of(2012, 2, 1)).history();

        TermReport report = TermReport.of(List.of(amended), FROM, TO);

        assertThat(report.receptionAndAppointments()).isEqualTo(1);
        assertThat(report.totalDecidedByCadreBoard()).isEqualTo(1);
    }

    @Test
    void countsDecisionsOnDeemedConsentAndAgainstTheOpinion() {
        CaseHistory deemed = story().request(ActionKind.TENURE_EXTENSION).receive().overdue(true).decisionMeeting()
            .decide(DecisionOutcome.APPROVED, LocalDate.of(2012, 2, 1)).history();
        CaseHistory contrary = story().request(ActionKind.REAPPOINTMENT).receive().opinion(OpinionOutcome.DISAGREE)
            .decisionMeeting().decide(DecisionOutcome.APPROVED, LocalDate.of(2012, 2, 1)).history();

        TermReport report = TermReport.of(List.of(deemed, contrary), FROM, TO);

        assertThat(report.reappointmentsAndExtensions()).isEqualTo(2);
        assertThat(report.decidedByCadreBoard()).containsExactly(Map.entry(regulation(ActionKind.REAPPOINTMENT), 1L),
                Map.entry(regulation(ActionKind.TENURE_EXTENSION), 1L));
    }

    @Test
    void countsKindsOutsideTheSeedsCategoriesInTheBoardsTotalOnly() {
        TermReport report = TermReport.of(List.of(approved(ActionKind.DISMISSAL, LocalDate.of(2012, 2, 1)),
                approved(ActionKind.APPOINTMENT, LocalDate.of(2012, 2, 1))), FROM, TO);

        assertThat(report.totalDecidedByCadreBoard()).isEqualTo(2);
        assertThat(report.appointments() + report.transferAndAppointments() + report.receptionAndAppointments()
                + report.reappointmentsAndExtensions()).isEqualTo(1);
    }

    @Test
    void aDecisionWithoutEffectiveDateCountsNowhere() {
        TermReport report = TermReport.of(List.of(approved(ActionKind.APPOINTMENT, null)), FROM, TO);

        assertThat(report.totalDecidedByCadreBoard()).isZero();
        assertThat(report.decidedOfUnknownKind()).isZero();
    }

    @Test
    void setsApartADecisionWhoseKindNoEventNames() {
        // a kind the regulation decides without consultation publishes no request, the only event naming the kind
        CaseHistory unconsulted = story().decisionMeeting().decide(DecisionOutcome.APPROVED, LocalDate.of(2012, 2, 1))
            .history();

        TermReport report = TermReport.of(List.of(unconsulted), FROM, TO);

        assertThat(report.decidedOfUnknownKind()).isEqualTo(1);
        assertThat(report.totalDecidedByCadreBoard()).isZero();
    }

    @Test
    void aTermWithoutDecisionsCountsZero() {
        TermReport report = TermReport.of(List.of(), FROM, TO);

        assertThat(report.totalDecidedByCadreBoard()).isZero();
        assertThat(report.totalSubmittedUpward()).isZero();
        assertThat(report.decidedByCadreBoard()).isEmpty();
    }

    @Test
    void refusesATermThatEndsBeforeItBegins() {
        assertThatIllegalArgumentException().isThrownBy(() -> TermReport.of(List.of(), TO, FROM));
    }

    private CaseHistory approved(ActionKind kind, LocalDate effectiveDate) {
        return story().request(kind).receive().review().opinion(OpinionOutcome.AGREE).decisionMeeting()
            .decide(DecisionOutcome.APPROVED, effectiveDate).history();
    }

    private CaseStory story() {
        return CaseStory.of("case-" + ++this.cases);
    }

    private static vn.phoihop.regulation.ActionKind regulation(ActionKind kind) {
        return vn.phoihop.regulation.ActionKind.valueOf(kind.name());
    }
}
