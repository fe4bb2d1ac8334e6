package vn.phoihop.cadreboard.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.DEPARTMENT_HEAD;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.DEPUTY_HEAD;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.OTHER_UNIT_HEAD;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.proposal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.phoihop.regulation.ActionKind;

/** The proposal table of docs/protocol.md, one rule at a time. */
class ProposalRulesTest {

    @Test
    void anAppointmentNeedsATargetAnEffectiveDateAndATerm() {
        assertThat(rulesBroken(proposal(ActionKind.APPOINTMENT).build())).containsExactly(
                "targetPosition:required", "proposedEffectiveDate:required", "termYears:required");
    }

    @Test
    void aReceptionComesFromOutsideTheMinistrySoHasNoCurrentPosition() {
        assertThat(rulesBroken(proposal(ActionKind.RECEPTION_AND_APPOINTMENT).current(DEPUTY_HEAD)
            .target(DEPARTMENT_HEAD).effective().term(5).build())).containsExactly("currentPosition:absent");
    }

    @Test
    void aTermIsOneToFiveYears() {
        assertThat(rulesBroken(proposal(ActionKind.APPOINTMENT).target(DEPARTMENT_HEAD).effective().term(6).build()))
            .containsExactly("termYears:term-range");
        assertThat(rulesBroken(proposal(ActionKind.APPOINTMENT).target(DEPARTMENT_HEAD).effective().term(0).build()))
            .containsExactly("termYears:term-range");
        assertThat(rulesBroken(proposal(ActionKind.SUCCESSION_PLANNING).target(DEPARTMENT_HEAD).term(5).build()))
            .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ActionKind.class, names = { "TRANSFER", "TRANSFER_AND_APPOINTMENT", "ROTATION" })
    void aTransferOrRotationLeadsToAnotherUnit(ActionKind kind) {
        Integer term = kind == ActionKind.TRANSFER ? null : 3;

        assertThat(rulesBroken(proposal(kind).current(DEPUTY_HEAD).target(DEPARTMENT_HEAD).effective().term(term)
            .build())).containsExactly("targetPosition.unitCode:another-unit");
        assertThat(rulesBroken(proposal(kind).current(DEPUTY_HEAD).target(OTHER_UNIT_HEAD).effective().term(term)
            .build())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ActionKind.class, names = { "REAPPOINTMENT", "TENURE_EXTENSION" })
    void aReappointmentOrExtensionKeepsTheSamePost(ActionKind kind) {
        assertThat(rulesBroken(proposal(kind).current(DEPUTY_HEAD).target(DEPARTMENT_HEAD).effective().term(5)
            .build())).containsExactly("targetPosition:same-post");
        assertThat(rulesBroken(proposal(kind).current(DEPARTMENT_HEAD).target(DEPARTMENT_HEAD).effective().term(5)
            .build())).isEmpty();
        assertThat(rulesBroken(proposal(kind).current(DEPARTMENT_HEAD).effective().term(5).build())).isEmpty();
    }

    @Test
    void aDisciplineNamesItsMeasureAndNothingOfAnAppointment() {
        assertThat(rulesBroken(proposal(ActionKind.DISCIPLINE).current(DEPARTMENT_HEAD).build()))
            .containsExactly("disciplineMeasure:required");
        assertThat(rulesBroken(proposal(ActionKind.DISCIPLINE).current(DEPARTMENT_HEAD).target(OTHER_UNIT_HEAD)
            .effective().term(5).measure(DisciplineMeasure.WARNING).build()))
            .containsExactly("targetPosition:absent", "proposedEffectiveDate:absent", "termYears:absent");
    }

    @Test
    void onlyADisciplineCarriesAMeasure() {
        assertThat(rulesBroken(proposal(ActionKind.DISMISSAL).current(DEPARTMENT_HEAD).effective()
            .measure(DisciplineMeasure.REPRIMAND).build())).containsExactly("disciplineMeasure:absent");
    }

    @Test
    void openingRefusesAnIncompleteProposalWithEveryProblemAtOnce() {
        assertThatThrownBy(() -> CaseFixtures.draft(proposal(ActionKind.TRANSFER).target(OTHER_UNIT_HEAD).build()))
            .isInstanceOfSatisfying(RuleViolation.InvalidFields.class, invalid -> {
                assertThat(invalid.rule()).isEqualTo("proposal-fields");
                assertThat(invalid.problems()).extracting(FieldProblem::field)
                    .containsExactly("currentPosition", "proposedEffectiveDate");
            });
    }

    @ParameterizedTest
    @EnumSource(ActionKind.class)
    void everyKindHasAValidProposal(ActionKind kind) {
        assertThat(rulesBroken(validProposal(kind))).isEmpty();
        assertThat(validProposal(kind).decidingTier()).isPresent();
    }

    static Proposal validProposal(ActionKind kind) {
        return switch (kind) {
            case SUCCESSION_PLANNING, NOMINATION_FOR_CANDIDACY -> proposal(kind).target(DEPARTMENT_HEAD).build();
            case APPOINTMENT, RECEPTION_AND_APPOINTMENT -> proposal(kind).target(DEPARTMENT_HEAD).effective().term(5)
                .build();
            case REAPPOINTMENT, TENURE_EXTENSION -> proposal(kind).current(DEPARTMENT_HEAD).effective().term(5).build();
            case TRANSFER -> proposal(kind).current(DEPUTY_HEAD).target(OTHER_UNIT_HEAD).effective().build();
            case TRANSFER_AND_APPOINTMENT, ROTATION -> proposal(kind).current(DEPUTY_HEAD).target(OTHER_UNIT_HEAD)
                .effective().term(5).build();
            case DISMISSAL -> proposal(kind).current(DEPARTMENT_HEAD).effective().build();
            case DISCIPLINE -> proposal(kind).current(DEPARTMENT_HEAD).measure(DisciplineMeasure.WARNING).build();
        };
    }

    private static List<String> rulesBroken(Proposal proposal) {
        return ProposalRules.check(proposal).stream().map(problem -> problem.field() + ":" + problem.rule()).toList();
    }

}
