package vn.phoihop.cadreboard.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.DUE;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.TODAY;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.appointment;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.draft;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.submitted;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.ConsultationStep;
import vn.phoihop.regulation.SilenceRule;

class SubmissionTest {

    @Test
    void submittingRequestsConsultationWithTheRegulationsStepsSilenceRuleAndDueDate() {
        PersonnelCase personnelCase = draft();

        ConsultationRequested requested = personnelCase.submit(TODAY, TODAY).orElseThrow();

        assertThat(requested.stamp()).isEqualTo(new Stamp(personnelCase.id(), 1, 1, CaseFixtures.REGULATION.key()));
        assertThat(requested.steps()).containsExactly(ConsultationStep.ASSIGNED_MEMBER_REVIEW,
                ConsultationStep.STANDING_COMMITTEE_OPINION);
        assertThat(requested.silenceRule()).isEqualTo(SilenceRule.NOTHING);
        assertThat(requested.requestDate()).isEqualTo(TODAY);
        assertThat(requested.responseDueDate()).isEqualTo(DUE);
        assertThat(requested.amendment()).isNull();
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.AWAITING_OPINION);
    }

    @Test
    void theDeadlineCountsWorkingDaysAsVietnamDoesSkippingTet() {
        // Friday 13 February 2026; Tết Bính Ngọ takes Monday 16 to Friday 20 February off
        ConsultationRequested requested = draft().submit(LocalDate.of(2026, 2, 13), TODAY).orElseThrow();

        assertThat(requested.responseDueDate()).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void theDeadlineIsTheKindsUnderTheCasesRegulation() {
        Proposal extension = CaseFixtures.proposal(ActionKind.TENURE_EXTENSION).current(CaseFixtures.DEPARTMENT_HEAD)
            .effective().term(2).build();

        ConsultationRequested requested = draft(extension).submit(TODAY, TODAY).orElseThrow();

        assertThat(requested.responseDueDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(requested.silenceRule()).isEqualTo(SilenceRule.CONSENT);
    }

    @Test
    void aRequestDocumentMayBePastButNotAhead() {
        assertThat(draft().submit(TODAY.minusMonths(2), TODAY)).isPresent();
        assertThatThrownBy(() -> draft().submit(TODAY.plusDays(1), TODAY))
            .isInstanceOfSatisfying(RuleViolation.InvalidFields.class, invalid -> assertThat(invalid.problems())
                .extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(tuple("requestDate", "not-in-future")));
    }

    @Test
    void aKindTheRegulationDoesNotConsultOnIsReadyForDecisionWithoutAnEvent() {
        PersonnelCase personnelCase = PersonnelCase.open(CaseId.random(), appointment(),
                CaseFixtures.withoutConsultationFor(ActionKind.APPOINTMENT));

        assertThat(personnelCase.submit(TODAY, TODAY)).isEmpty();
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.READY_FOR_DECISION);
        assertThat(personnelCase.state().lastSequence()).isZero();
    }

    @Test
    void cannotSubmitTwice() {
        PersonnelCase personnelCase = submitted();

        assertThatThrownBy(() -> personnelCase.submit(TODAY, TODAY)).isInstanceOf(RuleViolation.StateConflict.class)
            .hasMessageContaining("is AWAITING_OPINION and cannot be submitted");
    }

}
