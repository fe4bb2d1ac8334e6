package vn.phoihop.cadreboard.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.NOW;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.TODAY;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.answered;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.deputyMinisterAppointment;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.readyToApprove;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.submitted;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.upwardSubmission;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.votedOn;
import static vn.phoihop.cadreboard.cases.domain.DecisionTest.assertRefused;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.regulation.DecidingAuthority;

/** A deputy minister is decided by the Government's Party delegation and the Prime Minister, not the board. */
class UpwardSubmissionTest {

    private static final HigherDecision APPROVED = new HigherDecision(DecisionOutcome.APPROVED, "1234/QĐ-TTg",
            LocalDate.of(2027, 2, 1), null);

    @Test
    void submitsUpwardOnTheOpinionOfTheCurrentVersionAndTheBoardsMeeting() {
        PersonnelCase personnelCase = votedOn(deputyMinisterAppointment(), OpinionOutcome.AGREE, 7);

        SubmittedUpward submitted = personnelCase.submitUpward(upwardSubmission(), TODAY);

        assertThat(submitted.submission()).isEqualTo(upwardSubmission());
        assertThat(submitted.basis().opinionEventId())
            .isEqualTo(personnelCase.state().consultation().opinions().getFirst().eventId());
        assertThat(submitted.basis().decisionMeetingEventId())
            .isEqualTo(personnelCase.state().decisionMeeting().eventId());
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.SUBMITTED_UPWARD);
    }

    @Test
    void theHigherAuthoritysDecisionIsRecordedOnWhatWasSubmitted() {
        PersonnelCase personnelCase = votedOn(deputyMinisterAppointment(), OpinionOutcome.AGREE, 7);
        SubmittedUpward submitted = personnelCase.submitUpward(upwardSubmission(), TODAY);

        DecisionFinalised finalised = personnelCase.recordHigherDecision(APPROVED, NOW);

        Decision decision = finalised.decision();
        assertThat(decision.authority()).isEqualTo(DecidingAuthority.HIGHER_AUTHORITY);
        assertThat(decision.authorityName()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(decision.basis().opinionEventId()).isEqualTo(submitted.basis().opinionEventId());
        assertThat(decision.basis().decisionMeetingEventId()).isNull();
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.DECIDED);
        assertRefused(() -> personnelCase.recordHigherDecision(APPROVED, NOW), "decide-once");
    }

    @Test
    void refusesSubmissionUpwardBeforeTheOpinion() {
        assertRefused(() -> submitted(deputyMinisterAppointment()).submitUpward(upwardSubmission(), TODAY),
                "opinion-before-decision");
    }

    @Test
    void refusesSubmissionUpwardBeforeTheBoardsMeeting() {
        assertRefused(() -> answered(deputyMinisterAppointment(), OpinionOutcome.AGREE)
            .submitUpward(upwardSubmission(), TODAY), "decision-meeting-first");
    }

    @Test
    void submitsUpwardOnlyWhatTheBoardsMeetingAgreedTo() {
        assertRefused(() -> votedOn(deputyMinisterAppointment(), OpinionOutcome.AGREE, 3)
            .submitUpward(upwardSubmission(), TODAY), "decision-follows-meeting");
    }

    @Test
    void whatTheBoardDecidesIsNotSubmittedUpward() {
        assertRefused(() -> readyToApprove().submitUpward(upwardSubmission(), TODAY), "deciding-authority");
    }

    @Test
    void aHigherDecisionNeedsTheSubmissionFirst() {
        assertRefused(() -> votedOn(deputyMinisterAppointment(), OpinionOutcome.AGREE, 7)
            .recordHigherDecision(APPROVED, NOW), "case-status");
    }

}
