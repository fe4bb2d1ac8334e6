package vn.phoihop.cadreboard.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.DEPARTMENT_HEAD;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.NOW;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.REGULATION;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.TODAY;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.answered;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.appointment;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.approve;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.draft;
import static vn.phoihop.cadreboard.cases.domain.DecisionTest.assertRefused;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.meetingHeld;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.proposal;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.readyToApprove;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.regulation.ActionKind;

class AmendmentTest {

    private static final Proposal SHORTER_TERM = proposal(ActionKind.APPOINTMENT).target(DEPARTMENT_HEAD).effective()
        .term(3).build();

    @Test
    void aDraftIsAmendedInPlaceWithoutANewVersion() {
        PersonnelCase personnelCase = draft();

        assertThat(personnelCase.amend(SHORTER_TERM, "Rút ngắn nhiệm kỳ", TODAY, TODAY)).isEmpty();
        assertThat(personnelCase.proposal()).isEqualTo(SHORTER_TERM);
        assertThat(personnelCase.proposalVersion()).isEqualTo(1);
    }

    @Test
    void anAmendmentUnderConsultationAsksAgainOnTheNextVersionWithANewDeadline() {
        PersonnelCase personnelCase = answered(appointment(), OpinionOutcome.AGREE);
        LocalDate amendedOn = LocalDate.of(2026, 11, 25);

        ConsultationRequested requested = personnelCase
            .amend(SHORTER_TERM, "Rút ngắn nhiệm kỳ", amendedOn, amendedOn.plusDays(20))
            .orElseThrow();

        assertThat(requested.proposalVersion()).isEqualTo(2);
        assertThat(requested.sequence()).isEqualTo(2);
        assertThat(requested.amendment()).isEqualTo("Rút ngắn nhiệm kỳ");
        assertThat(requested.requestDate()).isEqualTo(amendedOn);
        assertThat(requested.responseDueDate()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.AWAITING_OPINION);
    }

    @Test
    void refusesAnAmendedRequestDatedAfterToday() {
        PersonnelCase personnelCase = answered(appointment(), OpinionOutcome.AGREE);

        assertRefused(() -> personnelCase.amend(SHORTER_TERM, "r", TODAY.plusDays(1), TODAY), "date-not-in-future");
        assertThat(personnelCase.proposalVersion()).isOne();
    }

    @Test
    void refusesDecisionBeforeOpinionOfCurrentVersion() {
        PersonnelCase personnelCase = readyToApprove();
        personnelCase.amend(SHORTER_TERM, "Rút ngắn nhiệm kỳ", TODAY, TODAY);
        personnelCase.receive(CaseFixtures.opinion(1, OpinionOutcome.AGREE), REGULATION.version());

        assertThatThrownBy(() -> personnelCase.decide(approve(), NOW)).isInstanceOf(OpinionMissing.class)
            .hasMessageContaining("opinion on proposal version 2 has not arrived");
    }

    @Test
    void theBoardsMeetingOnTheOldVersionNoLongerCounts() {
        PersonnelCase personnelCase = readyToApprove();
        personnelCase.amend(SHORTER_TERM, "Rút ngắn nhiệm kỳ", TODAY, TODAY);
        personnelCase.receive(CaseFixtures.opinion(2, OpinionOutcome.AGREE), REGULATION.version());

        assertThatThrownBy(() -> personnelCase.decide(approve(), NOW))
            .isInstanceOfSatisfying(RuleViolation.StateConflict.class,
                    conflict -> assertThat(conflict.rule()).isEqualTo("decision-meeting-first"));
        meetingHeld(personnelCase, 7);
        assertThat(personnelCase.decide(approve(), NOW).proposalVersion()).isEqualTo(2);
    }

    @Test
    void anAmendmentKeepsTheKind() {
        Proposal dismissal = proposal(ActionKind.DISMISSAL).current(DEPARTMENT_HEAD).effective().build();

        assertThatThrownBy(() -> draft().amend(dismissal, "Đổi hình thức", TODAY, TODAY))
            .isInstanceOfSatisfying(RuleViolation.InvalidFields.class, invalid -> assertThat(invalid.problems())
                .extracting(FieldProblem::field)
                .containsExactly("kind"));
    }

    @Test
    void aDecidedOrWithdrawnCaseIsNotAmended() {
        PersonnelCase decided = readyToApprove();
        decided.decide(approve(), NOW);
        PersonnelCase withdrawn = draft();
        withdrawn.withdraw("Không còn nhu cầu", NOW);

        assertThatThrownBy(() -> decided.amend(SHORTER_TERM, "r", TODAY, TODAY))
            .hasMessageContaining("is DECIDED and cannot be amended");
        assertThatThrownBy(() -> withdrawn.amend(SHORTER_TERM, "r", TODAY, TODAY))
            .hasMessageContaining("is WITHDRAWN and cannot be amended");
    }

    @Test
    void aCaseSubmittedUpwardIsNotAmended() {
        PersonnelCase personnelCase = CaseFixtures.votedOn(CaseFixtures.deputyMinisterAppointment(),
                OpinionOutcome.AGREE, 7);
        personnelCase.submitUpward(CaseFixtures.upwardSubmission(), TODAY);

        assertThatThrownBy(() -> personnelCase.amend(CaseFixtures.deputyMinisterAppointment(), "r", TODAY, TODAY))
            .hasMessageContaining("is SUBMITTED_UPWARD and cannot be amended");
    }

}
