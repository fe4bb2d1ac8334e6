package vn.phoihop.cadreboard.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.NOW;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.answered;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.appointment;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.approve;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.deputyMinisterAppointment;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.draft;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.meetingHeld;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.readyToApprove;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.submitted;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.upwardSubmission;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.votedOn;
import static vn.phoihop.cadreboard.cases.domain.SecretariatStep.AMEND;
import static vn.phoihop.cadreboard.cases.domain.SecretariatStep.DECIDE;
import static vn.phoihop.cadreboard.cases.domain.SecretariatStep.RECORD_DECISION_MEETING;
import static vn.phoihop.cadreboard.cases.domain.SecretariatStep.RECORD_HIGHER_DECISION;
import static vn.phoihop.cadreboard.cases.domain.SecretariatStep.SUBMIT;
import static vn.phoihop.cadreboard.cases.domain.SecretariatStep.SUBMIT_UPWARD;
import static vn.phoihop.cadreboard.cases.domain.SecretariatStep.SUPPLY_INFORMATION;
import static vn.phoihop.cadreboard.cases.domain.SecretariatStep.WITHDRAW;

import org.junit.jupiter.api.Test;

/** What the case says the secretariat may do next, which the console shows as its forms. */
class SecretariatStepsTest {

    @Test
    void aDraftIsSubmittedAmendedOrWithdrawn() {
        assertThat(draft().steps()).containsExactlyInAnyOrder(SUBMIT, AMEND, WITHDRAW);
    }

    @Test
    void nothingIsDecidedWhileTheOpinionIsAwaited() {
        assertThat(submitted().steps()).containsExactlyInAnyOrder(AMEND, WITHDRAW);
    }

    @Test
    void aRequestForInformationIsAnswered() {
        assertThat(answered(appointment(), OpinionOutcome.REQUEST_INFORMATION).steps())
            .containsExactlyInAnyOrder(SUPPLY_INFORMATION, AMEND, WITHDRAW);
    }

    @Test
    void theBoardMeetsOnceTheOpinionIsInAndDecidesAfterItsMeeting() {
        assertThat(answered(appointment(), OpinionOutcome.AGREE).steps())
            .containsExactlyInAnyOrder(RECORD_DECISION_MEETING, AMEND, WITHDRAW);
        assertThat(readyToApprove().steps())
            .containsExactlyInAnyOrder(RECORD_DECISION_MEETING, DECIDE, AMEND, WITHDRAW);
    }

    @Test
    void aDeputyMinisterIsSubmittedUpwardAndTheHigherDecisionRecorded() {
        PersonnelCase deputyMinister = votedOn(deputyMinisterAppointment(), OpinionOutcome.AGREE, 7);
        assertThat(deputyMinister.steps()).contains(SUBMIT_UPWARD).doesNotContain(DECIDE);

        deputyMinister.submitUpward(upwardSubmission(), CaseFixtures.TODAY);

        assertThat(deputyMinister.steps()).containsExactly(RECORD_HIGHER_DECISION);
    }

    @Test
    void aDecidedCaseAllowsNothingMore() {
        PersonnelCase decided = readyToApprove();
        decided.decide(approve(), NOW);

        assertThat(decided.steps()).isEmpty();
    }

    @Test
    void aCaseTheExecutiveBoardCannotConsultOnIsOnlyWithdrawn() {
        PersonnelCase refused = submitted();
        refused.answer(new ConsultationRefusal(1, "regulation-known", "unknown regulation version"),
                CaseFixtures.REGULATION.version());

        assertThat(refused.steps()).containsExactly(WITHDRAW);
    }

}
