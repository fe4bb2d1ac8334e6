package vn.phoihop.cadreboard.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.AFTER_DUE;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.NOW;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.TODAY;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.answered;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.appointment;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.approve;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.checkedOn;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.submitted;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class InformationTest {

    private static final List<String> ANSWERS = List.of("Hoàn thành xuất sắc nhiệm vụ 3 năm liền");

    @Test
    void aRequestForInformationWaitsForTheSecretariatWithTheQuestionsShown() {
        PersonnelCase personnelCase = answered(appointment(), OpinionOutcome.REQUEST_INFORMATION);

        assertThat(personnelCase.status()).isEqualTo(CaseStatus.INFORMATION_REQUESTED);
        assertThat(personnelCase.state().consultation().questionsOn(1)).containsExactly("Kết quả đánh giá 3 năm?");
        assertThatThrownBy(() -> personnelCase.decide(approve(), NOW)).isInstanceOf(OpinionMissing.class)
            .hasMessageContaining("asks for more information first");
    }

    @Test
    void supplyingInformationRestartsTheDeadlineFromTheDayItWasSupplied() {
        PersonnelCase personnelCase = answered(appointment(), OpinionOutcome.REQUEST_INFORMATION);
        LocalDate suppliedOn = LocalDate.of(2026, 11, 23);

        InformationSupplied supplied = personnelCase.supplyInformation(ANSWERS, List.of(), suppliedOn, suppliedOn);

        assertThat(supplied.sequence()).isEqualTo(2);
        assertThat(supplied.information().answers()).isEqualTo(ANSWERS);
        assertThat(supplied.information().responseDueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.AWAITING_OPINION);
        assertThat(personnelCase.state().consultation().deadline())
            .isEqualTo(Deadline.starting(suppliedOn, LocalDate.of(2026, 12, 7)));
    }

    @Test
    void theDeadlineWaitsWhileInformationIsRequested() {
        PersonnelCase personnelCase = answered(appointment(), OpinionOutcome.REQUEST_INFORMATION);

        assertThat(checkedOn(personnelCase, AFTER_DUE.plusMonths(1))).isEmpty();
    }

    @Test
    void informationIsSuppliedOnlyWhenRequested() {
        assertThatThrownBy(() -> submitted().supplyInformation(ANSWERS, List.of(), TODAY, TODAY))
            .isInstanceOfSatisfying(RuleViolation.StateConflict.class,
                    conflict -> assertThat(conflict.rule()).isEqualTo("case-status"));
    }

    @Test
    void aNewOpinionAfterTheInformationCounts() {
        PersonnelCase personnelCase = answered(appointment(), OpinionOutcome.REQUEST_INFORMATION);
        personnelCase.supplyInformation(ANSWERS, List.of(), TODAY, TODAY);

        assertThat(personnelCase.receive(CaseFixtures.opinion(1, OpinionOutcome.AGREE),
                CaseFixtures.REGULATION.version())).isEqualTo(OpinionReceipt.COUNTED);
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.OPINION_RECEIVED);
    }

}
