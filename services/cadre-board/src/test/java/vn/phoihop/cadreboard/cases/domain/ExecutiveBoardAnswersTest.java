package vn.phoihop.cadreboard.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.NOW;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.REGULATION;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.TODAY;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.approve;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.opinion;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.readyToApprove;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.submitted;
import static vn.phoihop.cadreboard.cases.domain.DecisionTest.assertRefused;

import org.junit.jupiter.api.Test;

/** What the executive board's events do to a case. */
class ExecutiveBoardAnswersTest {

    private static final String VERSION = REGULATION.version();

    @Test
    void anOpinionOnTheCurrentVersionCounts() {
        PersonnelCase personnelCase = submitted();

        assertThat(personnelCase.receive(opinion(1, OpinionOutcome.AGREE), VERSION)).isEqualTo(OpinionReceipt.COUNTED);
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.OPINION_RECEIVED);
    }

    @Test
    void anOpinionOnAnOlderVersionIsKeptAsStaleHistory() {
        PersonnelCase personnelCase = submitted();
        personnelCase.amend(CaseFixtures.appointment(), "Bổ sung", TODAY, TODAY);
        ReceivedOpinion old = opinion(1, OpinionOutcome.AGREE);

        assertThat(personnelCase.receive(old, VERSION)).isEqualTo(OpinionReceipt.STALE);
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.AWAITING_OPINION);
        assertThat(personnelCase.state().consultation().opinions()).containsExactly(old);
    }

    @Test
    void refusesAnOpinionOnAVersionThatWasNeverSent() {
        assertRefused(() -> submitted().receive(opinion(2, OpinionOutcome.AGREE), VERSION), "case-status");
        assertRefused(() -> CaseFixtures.draft().receive(opinion(1, OpinionOutcome.AGREE), VERSION), "case-status");
    }

    @Test
    void refusesAnAnswerUnderAnotherRegulationVersion() {
        PersonnelCase personnelCase = submitted();

        assertRefused(() -> personnelCase.receive(opinion(1, OpinionOutcome.AGREE), "2099.1"), "regulation-of-case");
        assertThat(personnelCase.state().consultation().opinions()).isEmpty();
    }

    @Test
    void refusesASecondOpinionOnTheSameVersion() {
        PersonnelCase personnelCase = submitted();
        personnelCase.receive(opinion(1, OpinionOutcome.AGREE), VERSION);

        assertRefused(() -> personnelCase.receive(opinion(1, OpinionOutcome.DISAGREE), VERSION), "case-status");
        assertThat(personnelCase.state().consultation().opinions()).hasSize(1);
    }

    @Test
    void anOpinionArrivingAfterTheDecisionIsHistoryOnly() {
        PersonnelCase personnelCase = readyToApprove();
        personnelCase.decide(approve(), NOW);

        assertThat(personnelCase.receive(opinion(1, OpinionOutcome.DISAGREE), VERSION))
            .isEqualTo(OpinionReceipt.AFTER_CLOSE);
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void aRefusedConsultationShowsTheRuleAndReason() {
        PersonnelCase personnelCase = submitted();
        ConsultationRefusal refusal = new ConsultationRefusal(1, "unknown-regulation-version",
                "Đảng ủy chưa áp dụng phiên bản quy chế này");

        personnelCase.answer(refusal, VERSION);

        assertThat(personnelCase.status()).isEqualTo(CaseStatus.CONSULTATION_REFUSED);
        assertThat(personnelCase.state().consultation().refusal()).isEqualTo(refusal);
        assertRefused(() -> personnelCase.decide(approve(), NOW), "case-status");
    }

    @Test
    void aRefusalArrivingAfterSilenceWasTakenAsConsentEndsTheWaiting() {
        PersonnelCase personnelCase = CaseFixtures.submitted(CaseFixtures.reappointment());
        CaseFixtures.checkedOn(personnelCase, CaseFixtures.AFTER_DUE).orElseThrow();

        personnelCase.answer(new ConsultationRefusal(1, "regulation-known", "not known"), VERSION);

        assertThat(personnelCase.status()).isEqualTo(CaseStatus.CONSULTATION_REFUSED);
        assertRefused(() -> personnelCase.decide(approve(), NOW), "case-status");
    }

    @Test
    void aRefusalArrivingAfterTheCaseEndedIsKeptAsHistory() {
        PersonnelCase personnelCase = submitted();
        personnelCase.withdraw("Không tiếp tục", NOW);
        ConsultationRefusal refusal = new ConsultationRefusal(1, "regulation-known", "not known");

        personnelCase.answer(refusal, VERSION);

        assertThat(personnelCase.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(personnelCase.state().consultation().refusal()).isEqualTo(refusal);
    }

    @Test
    void theReceiptAndTheMembersReviewAreNotedWithoutChangingTheStatus() {
        PersonnelCase personnelCase = submitted();
        ConsultationReceipt receipt = new ConsultationReceipt(1, NOW, "UV-03", "VU-TCCB", CaseFixtures.DUE);
        MemberReview review = new MemberReview(1, "UV-03", OpinionOutcome.AGREE, "Đủ tiêu chuẩn", TODAY);

        personnelCase.answer(receipt, VERSION);
        personnelCase.answer(review, VERSION);

        assertThat(personnelCase.state().consultation().receipt()).isEqualTo(receipt);
        assertThat(personnelCase.state().consultation().review()).isEqualTo(review);
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.AWAITING_OPINION);
    }

}
