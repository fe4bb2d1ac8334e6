package vn.phoihop.cadreboard.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.approve;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.draft;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.opinion;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.submitted;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PersonnelCaseTest {

    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

    @Test
    void submittingRequestsConsultationOnTheFirstProposalVersionWithADueDateInWorkingDays() {
        PersonnelCase personnelCase = draft();

        // Friday 20 November 2026 + 10 working days skips two weekends
        ConsultationRequested requested = personnelCase.submit(LocalDate.of(2026, 11, 20));

        assertThat(requested.proposalVersion()).isEqualTo(1);
        assertThat(requested.sequence()).isEqualTo(1);
        assertThat(requested.responseDueDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.AWAITING_OPINION);
    }

    @Test
    void refusesDecisionOnACaseNeverSubmitted() {
        assertThatThrownBy(() -> draft().decide(approve(), NOW)).isInstanceOf(OpinionMissing.class)
            .hasMessageContaining("proposal version 1 was never requested");
    }

    @Test
    void refusesDecisionBeforeOpinionOfCurrentVersion() {
        PersonnelCase personnelCase = submitted();

        assertThatThrownBy(() -> personnelCase.decide(approve(), NOW)).isInstanceOf(OpinionMissing.class)
            .hasMessageContaining("opinion on proposal version 1 has not arrived");
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.AWAITING_OPINION);
    }

    @Test
    void decidesOnceTheOpinionOfCurrentVersionHasArrived() {
        PersonnelCase personnelCase = submitted();
        ReceivedOpinion agreement = opinion(1, OpinionOutcome.AGREE);

        assertThat(personnelCase.receive(agreement)).isEqualTo(OpinionReceipt.COUNTED);
        DecisionFinalised finalised = personnelCase.decide(approve(), NOW);

        assertThat(finalised.sequence()).isEqualTo(2);
        assertThat(finalised.decision().opinionEventId()).isEqualTo(agreement.eventId());
        assertThat(finalised.decision().contraryToOpinion()).isFalse();
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void refusesOpinionOnAVersionThatWasNeverProposed() {
        PersonnelCase personnelCase = submitted();

        assertThatThrownBy(() -> personnelCase.receive(opinion(2, OpinionOutcome.AGREE)))
            .isInstanceOf(RuleViolation.StateConflict.class)
            .hasMessageContaining("received an opinion on version 2");
    }

    @Test
    void refusesASecondOpinionOnTheSameVersion() {
        PersonnelCase personnelCase = submitted();
        personnelCase.receive(opinion(1, OpinionOutcome.AGREE));

        assertThatThrownBy(() -> personnelCase.receive(opinion(1, OpinionOutcome.DISAGREE)))
            .isInstanceOf(RuleViolation.StateConflict.class);
    }

    @Test
    void aRequestForInformationIsNotAnOpinionToDecideOn() {
        PersonnelCase personnelCase = submitted();
        personnelCase.receive(opinion(1, OpinionOutcome.REQUEST_INFORMATION));

        assertThatThrownBy(() -> personnelCase.decide(approve(), NOW)).isInstanceOf(OpinionMissing.class)
            .hasMessageContaining("asks for more information");
    }

    @Test
    void aDecisionAgainstTheOpinionNeedsAWrittenJustificationAndIsFlagged() {
        PersonnelCase personnelCase = submitted();
        personnelCase.receive(opinion(1, OpinionOutcome.DISAGREE));

        assertThatThrownBy(() -> personnelCase.decide(approve(), NOW)).isInstanceOf(RuleViolation.Unjustified.class)
            .hasMessageContaining("requires a written justification");

        FinaliseDecision justified = new FinaliseDecision(DecisionOutcome.APPROVED, "124-QĐ/BCSĐ", null,
                "Yêu cầu cấp bách của nhiệm vụ");
        assertThat(personnelCase.decide(justified, NOW).decision().contraryToOpinion()).isTrue();
    }

    @Test
    void decidesOnlyOnce() {
        PersonnelCase personnelCase = submitted();
        personnelCase.receive(opinion(1, OpinionOutcome.AGREE));
        personnelCase.decide(approve(), NOW);

        assertThatThrownBy(() -> personnelCase.decide(approve(), NOW)).isInstanceOf(RuleViolation.StateConflict.class)
            .hasMessageContaining("already decided");
    }

    @Test
    void cannotSubmitTwice() {
        PersonnelCase personnelCase = submitted();

        assertThatThrownBy(() -> personnelCase.submit(LocalDate.of(2026, 11, 23)))
            .isInstanceOf(RuleViolation.StateConflict.class)
            .hasMessageContaining("only a DRAFT case can submit");
    }

}
