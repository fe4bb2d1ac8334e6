package vn.phoihop.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.audit.verification.CaseStory.consulted;
import static vn.phoihop.audit.verification.Judge.verdictOn;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.phoihop.events.ActionKind;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.events.PositionTier;
import vn.phoihop.events.Recusal;
import vn.phoihop.events.RecusalReason;

/** Every path the protocol allows, as the boards publish it in a correct run, is judged clean. */
class CleanHistoriesTest {

    @ParameterizedTest
    @EnumSource(value = ActionKind.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void everyActionKindConsultedThenDecidedIsClean(ActionKind kind) {
        CaseStory story = consulted(CaseStory.of(kind, PositionTier.DIVISION_HEAD), OpinionOutcome.AGREE)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED);

        assertClean(story, CaseStatus.DECIDED_APPROVED);
    }

    @Test
    void anAgreementWithConditionsDecidedTheSameDayIsClean() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE_WITH_CONDITIONS)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED);

        assertClean(story, CaseStatus.DECIDED_APPROVED);
    }

    @Test
    void aRejectionFollowingADisagreementIsClean() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.DISAGREE)
            .decisionMeeting(1)
            .decided(DecisionOutcome.REJECTED);

        assertClean(story, CaseStatus.DECIDED_REJECTED);
    }

    @Test
    void anAmendmentConsultedAgainThenDecidedIsClean() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE_WITH_CONDITIONS)
            .afterWorkingDays(2)
            .amended()
            .received()
            .reviewed()
            .afterWorkingDays(3)
            .opinion(OpinionOutcome.AGREE)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED);

        assertClean(story, CaseStatus.DECIDED_APPROVED);
        assertThat(verdictOn(story).outline().proposalVersion()).isEqualTo(2);
    }

    @Test
    void anOpinionOnTheOldVersionIssuedBeforeTheAmendmentReachedTheExecutiveBoardIsClean() {
        CaseStory story = CaseStory.appointment()
            .requested()
            .received()
            .reviewed()
            .amended()
            .opinion(OpinionOutcome.AGREE)
            .received()
            .reviewed()
            .opinion(OpinionOutcome.AGREE)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED);

        assertClean(story, CaseStatus.DECIDED_APPROVED);
    }

    @Test
    void informationRequestedThenSuppliedThenDecidedIsClean() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.REQUEST_INFORMATION)
            .afterWorkingDays(4)
            .informationSupplied()
            .afterWorkingDays(3)
            .opinion(OpinionOutcome.AGREE)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED);

        assertClean(story, CaseStatus.DECIDED_APPROVED);
    }

    @Test
    void aReappointmentDecidedOnDeemedConsentIsClean() {
        CaseStory story = CaseStory.reappointment().requested().received().reviewed();
        story.on(story.dueDate()).afterWorkingDays(1).overdue().decisionMeeting().decided(DecisionOutcome.APPROVED);

        assertClean(story, CaseStatus.DECIDED_APPROVED);
        assertThat(verdictOn(story).outline().deemedConsent()).isTrue();
    }

    @Test
    void aLateOpinionReplacesDeemedConsentAndTheDecisionRestsOnIt() {
        CaseStory story = CaseStory.of(ActionKind.TENURE_EXTENSION, PositionTier.DIVISION_HEAD)
            .requested()
            .received()
            .reviewed();
        story.on(story.dueDate()).afterWorkingDays(1).overdue().afterWorkingDays(1);
        story.opinion(OpinionOutcome.AGREE).decisionMeeting().decided(DecisionOutcome.APPROVED);

        assertClean(story, CaseStatus.DECIDED_APPROVED);
        assertThat(verdictOn(story).outline().deemedConsent()).isFalse();
    }

    @Test
    void anOpinionArrivingAfterADecisionOnDeemedConsentIsKeptAsHistory() {
        CaseStory story = CaseStory.reappointment().requested().received().reviewed();
        story.on(story.dueDate()).afterWorkingDays(1).overdue().decisionMeeting().decided(DecisionOutcome.APPROVED);
        story.afterWorkingDays(1).opinion(OpinionOutcome.AGREE);

        assertClean(story, CaseStatus.DECIDED_APPROVED);
    }

    @Test
    void anAppointmentFoundOverdueKeepsWaitingForTheLateOpinion() {
        CaseStory story = CaseStory.appointment().requested().received().reviewed();
        story.on(story.dueDate()).afterWorkingDays(1).overdue();

        assertClean(story, CaseStatus.PENDING);

        story.afterWorkingDays(2).opinion(OpinionOutcome.AGREE).decisionMeeting().decided(DecisionOutcome.APPROVED);

        assertClean(story, CaseStatus.DECIDED_APPROVED);
    }

    @Test
    void aLateRequestForInformationAfterDeemedConsentIsAnsweredAndTheCaseDecidedOnTheOpinion() {
        CaseStory story = CaseStory.reappointment().requested().received().reviewed();
        story.on(story.dueDate()).afterWorkingDays(1).overdue().afterWorkingDays(1)
            .opinion(OpinionOutcome.REQUEST_INFORMATION)
            .afterWorkingDays(2)
            .informationSupplied()
            .afterWorkingDays(2)
            .opinion(OpinionOutcome.AGREE)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED);

        assertClean(story, CaseStatus.DECIDED_APPROVED);
    }

    @Test
    void aDeputyMinisterSubmittedUpwardOnDeemedConsentIsClean() {
        CaseStory story = CaseStory.deputyMinister().requested().received().reviewed();
        story.on(story.dueDate()).afterWorkingDays(1)
            .overdue()
            .decisionMeeting()
            .submittedUpward()
            .afterWorkingDays(15)
            .higherDecision(DecisionOutcome.APPROVED);

        assertClean(story, CaseStatus.DECIDED_BY_HIGHER_AUTHORITY);
        assertThat(verdictOn(story).outline().deemedConsent()).isTrue();
    }

    @Test
    void aKindTheRegulationDoesNotConsultOnIsDecidedAfterTheBoardsMeetingAlone() {
        CaseStory story = CaseStory.appointment().decisionMeeting().decided(DecisionOutcome.APPROVED);
        CaseVerification verification = new CaseVerification(Regulations2013.withoutConsultationOnAppointments());

        CaseVerdict verdict = verification.verify(story.history());

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.outline().status()).isEqualTo(CaseStatus.DECIDED_APPROVED);
        assertThat(verdict.outline().regulation().id()).isEqualTo("296-QC/TEST");
    }

    @Test
    void aWithdrawnCaseIsClean() {
        CaseStory story = CaseStory.appointment().requested().received().reviewed().withdrawn();

        assertClean(story, CaseStatus.WITHDRAWN);
    }

    @Test
    void aRefusedConsultationThenWithdrawnIsClean() {
        CaseStory story = CaseStory.appointment().requested().refused();

        assertClean(story, CaseStatus.REFUSED);

        story.withdrawn();

        assertClean(story, CaseStatus.WITHDRAWN);
    }

    @Test
    void aDeputyMinisterSubmittedUpwardThenDecidedByTheHigherAuthorityIsClean() {
        CaseStory story = consulted(CaseStory.deputyMinister(), OpinionOutcome.AGREE)
            .decisionMeeting()
            .submittedUpward();

        assertClean(story, CaseStatus.SUBMITTED_UPWARD);

        story.afterWorkingDays(10).higherDecision(DecisionOutcome.APPROVED);

        assertClean(story, CaseStatus.DECIDED_BY_HIGHER_AUTHORITY);
    }

    @Test
    void aContraryDecisionWithItsJustificationIsClean() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.DISAGREE)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED, "Quyết định theo nhu cầu công tác sau khi xem xét ý kiến");

        assertClean(story, CaseStatus.DECIDED_APPROVED);
        assertThat(verdictOn(story).outline().contraryToOpinion()).isTrue();
    }

    @Test
    void aUnitAssignedLaterRoutesTheConsultationToItsMember() {
        CaseStory story = CaseStory.appointment()
            .requested()
            .received(null)
            .received(CaseStory.ASSIGNED)
            .reviewed()
            .reviewed()
            .opinion(OpinionOutcome.AGREE)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED);

        assertClean(story, CaseStatus.DECIDED_APPROVED);
    }

    @Test
    void theSubjectWhoIsAMemberRecusesAndDoesNotVote() {
        CaseStory story = consulted(CaseStory.deputyMinister(), OpinionOutcome.AGREE)
            .change(OpinionIssued.class, opinion -> {
                opinion.getMeeting().setRecused(1);
                opinion.getMeeting().setRecusals(List.of(new Recusal("UV-01", RecusalReason.SUBJECT_OF_CASE)));
                opinion.getMeeting().getTally().setAgree(5);
            });
        CaseVerification withRoster = new CaseVerification(CaseStory.REGULATIONS,
                new CommitteeMembers(Map.of("UV-01", Proposals.SUBJECT, "UV-02", "CB-0902")));

        assertThat(withRoster.verify(story.history()).violations()).isEmpty();
        assertThat(verdictOn(story).violations()).isEmpty();
    }

    private static void assertClean(CaseStory story, CaseStatus status) {
        CaseVerdict verdict = verdictOn(story);
        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.clean()).isTrue();
        assertThat(verdict.outline().status()).isEqualTo(status);
    }
}
