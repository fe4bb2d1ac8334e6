package vn.phoihop.cadreboard.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.AFTER_DUE;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.DUE;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.NOW;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.REGULATION;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.approve;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.checkedOn;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.meetingHeld;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.reappointment;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.submitted;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.phoihop.regulation.SilenceRule;

/** What silence after the due date means, found once by the deadline check. */
class OverdueTest {

    @Test
    void silenceCountsAsConsentWhereTheRegulationSaysSo() {
        PersonnelCase personnelCase = submitted(reappointment());

        ConsultationOverdue overdue = checkedOn(personnelCase, AFTER_DUE).orElseThrow();

        assertThat(overdue.deemedConsent()).isTrue();
        assertThat(overdue.silenceRule()).isEqualTo(SilenceRule.CONSENT);
        assertThat(overdue.dueDate()).isEqualTo(DUE);
        assertThat(overdue.detectedOn()).isEqualTo(AFTER_DUE);
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.DEEMED_CONSENT);
    }

    @Test
    void silenceMeaningNothingLeavesTheCaseWaitingFlaggedOverdue() {
        PersonnelCase personnelCase = submitted();

        ConsultationOverdue overdue = checkedOn(personnelCase, AFTER_DUE).orElseThrow();

        assertThat(overdue.deemedConsent()).isFalse();
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.AWAITING_OPINION);
        assertThat(personnelCase.state().consultation().deadline().overdue()).isTrue();
        assertThat(checkedOn(personnelCase, AFTER_DUE.plusDays(1))).as("found once").isEmpty();
    }

    @Test
    void notOverdueUntilAWorkingDayAfterTheDueDateHasCome() {
        PersonnelCase personnelCase = submitted();

        assertThat(checkedOn(personnelCase, DUE)).isEmpty();
        // Saturday and Sunday after a Friday due date
        assertThat(checkedOn(personnelCase, DUE.plusDays(1))).isEmpty();
        assertThat(checkedOn(personnelCase, DUE.plusDays(2))).isEmpty();
        assertThat(checkedOn(personnelCase, AFTER_DUE)).isPresent();
    }

    @Test
    void aDecisionOnDeemedConsentRestsOnTheOverdueEvent() {
        PersonnelCase personnelCase = submitted(reappointment());
        checkedOn(personnelCase, AFTER_DUE);
        meetingHeld(personnelCase, 6);
        UUID overdueEventId = personnelCase.state().consultation().deadline().overdueEventId();

        DecisionFinalised finalised = personnelCase.decide(approve(), NOW);

        assertThat(finalised.decision().basis().overdueEventId()).isNotNull().isEqualTo(overdueEventId);
        assertThat(finalised.decision().basis().opinionEventId()).isNull();
        assertThat(finalised.decision().contraryToOpinion()).isFalse();
    }

    @Test
    void aLateOpinionReplacesTheDeemedConsent() {
        PersonnelCase personnelCase = submitted(reappointment());
        checkedOn(personnelCase, AFTER_DUE);
        ReceivedOpinion late = CaseFixtures.opinion(1, OpinionOutcome.DISAGREE);

        assertThat(personnelCase.receive(late, REGULATION.version())).isEqualTo(OpinionReceipt.COUNTED);
        meetingHeld(personnelCase, 2);

        DecisionFinalised finalised = personnelCase.decide(CaseFixtures.reject(), NOW);
        assertThat(finalised.decision().basis().opinionEventId()).isEqualTo(late.eventId());
        assertThat(finalised.decision().basis().overdueEventId()).isNull();
    }

    @Test
    void anAmendmentStartsANewDeadline() {
        PersonnelCase personnelCase = submitted();
        checkedOn(personnelCase, AFTER_DUE);

        personnelCase.amend(CaseFixtures.appointment(), "Bổ sung hồ sơ", AFTER_DUE, AFTER_DUE);

        Deadline deadline = personnelCase.state().consultation().deadline();
        assertThat(deadline.overdue()).isFalse();
        assertThat(deadline.requestDate()).isEqualTo(AFTER_DUE);
        assertThat(checkedOn(personnelCase, AFTER_DUE.plusDays(1))).isEmpty();
    }

}
