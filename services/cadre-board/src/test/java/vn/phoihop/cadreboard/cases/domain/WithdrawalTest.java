package vn.phoihop.cadreboard.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.NOW;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.TODAY;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.approve;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.draft;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.readyToApprove;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.submitted;

import org.junit.jupiter.api.Test;

class WithdrawalTest {

    @Test
    void aDraftIsWithdrawnSilentlyBecauseNothingLeftTheBoard() {
        PersonnelCase personnelCase = draft();

        assertThat(personnelCase.withdraw("Không còn nhu cầu", NOW)).isEmpty();
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(personnelCase.state().withdrawal()).isEqualTo(new Withdrawal("Không còn nhu cầu", NOW));
    }

    @Test
    void aSubmittedCaseIsWithdrawnWithAnEventForTheExecutiveBoard() {
        PersonnelCase personnelCase = submitted();

        CaseWithdrawn withdrawn = personnelCase.withdraw("Cán bộ xin thôi", NOW).orElseThrow();

        assertThat(withdrawn.sequence()).isEqualTo(2);
        assertThat(withdrawn.withdrawal().reason()).isEqualTo("Cán bộ xin thôi");
    }

    @Test
    void aDecidedCaseIsNotWithdrawn() {
        PersonnelCase personnelCase = readyToApprove();
        personnelCase.decide(approve(), NOW);

        assertThatThrownBy(() -> personnelCase.withdraw("r", NOW)).isInstanceOf(RuleViolation.StateConflict.class)
            .hasMessageContaining("is DECIDED and cannot be withdrawn");
    }

    @Test
    void aWithdrawnCaseTakesNoFurtherStep() {
        PersonnelCase personnelCase = submitted();
        personnelCase.withdraw("r", NOW);

        assertThatThrownBy(() -> personnelCase.withdraw("r", NOW)).isInstanceOf(RuleViolation.StateConflict.class);
        assertThatThrownBy(() -> personnelCase.submit(TODAY, TODAY)).isInstanceOf(RuleViolation.StateConflict.class);
    }

}
