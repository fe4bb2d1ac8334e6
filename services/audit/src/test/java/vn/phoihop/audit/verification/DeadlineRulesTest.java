package vn.phoihop.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.audit.verification.CaseStory.consulted;
import static vn.phoihop.audit.verification.Judge.rulesBrokenBy;
import static vn.phoihop.audit.verification.Judge.violationsOf;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.events.ConsultationOverdue;
import vn.phoihop.events.ConsultationReceived;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.InformationSupplied;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.events.SilenceRule;

/** Due dates in working days, lateness, information that restarts the deadline, and what silence means. */
class DeadlineRulesTest {

    @Test
    void theDueDateIsTheRegulationsWorkingDaysAfterTheRequest() {
        CaseStory story = CaseStory.appointment().requested()
            .change(ConsultationRequested.class, request -> request.setResponseDueDate(LocalDate.of(2014, 3, 14)));

        assertThat(rulesBrokenBy(story)).containsExactly("deadline");
        assertThat(violationsOf(story).getFirst().evidence()).isEqualTo("due date 2014-03-14, but 10 working days "
                + "after 2014-03-03 is 2014-03-17 under 296-QC/BCSĐ-ĐUBKH version 2013.1");
    }

    @Test
    void theExecutiveBoardCarriesTheDueDateItWasGiven() {
        CaseStory story = CaseStory.appointment().requested().received()
            .change(ConsultationReceived.class, receipt -> receipt.setDueDate(LocalDate.of(2014, 4, 1)));

        assertThat(rulesBrokenBy(story)).containsExactly("deadline");
    }

    @Test
    void theDeadlineDoesNotCountFromADayAfterTheRequestWasSent() {
        LocalDate tomorrow = LocalDate.of(2014, 3, 4);
        CaseStory story = CaseStory.appointment().requested().change(ConsultationRequested.class, request -> {
            request.setRequestDate(tomorrow);
            request.setResponseDueDate(CaseStory.REGULATION.responseDueDate(
                    vn.phoihop.regulation.ActionKind.APPOINTMENT, tomorrow));
        });

        assertThat(rulesBrokenBy(story)).containsExactly("deadline");
    }

    @Test
    void aRequestWithoutItsDocumentsDateCountsFromTheDayItWasSent() {
        CaseStory story = CaseStory.appointment().requested()
            .change(ConsultationRequested.class, request -> request.setRequestDate(null));

        assertThat(rulesBrokenBy(story)).isEmpty();
    }

    @Test
    void suppliedInformationStartsTheRegulationsDeadlineAgain() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.REQUEST_INFORMATION)
            .afterWorkingDays(2)
            .informationSupplied()
            .change(InformationSupplied.class, supplied -> supplied.setResponseDueDate(LocalDate.of(2014, 3, 17)));

        assertThat(rulesBrokenBy(story)).containsExactly("deadline");
    }

    @Test
    void anOpinionAfterTheDueDateIsFlaggedLate() {
        CaseStory story = CaseStory.appointment().requested().received().reviewed();
        story.on(story.dueDate()).afterWorkingDays(1)
            .opinion(OpinionOutcome.AGREE)
            .change(OpinionIssued.class, opinion -> opinion.setLate(false));

        assertThat(rulesBrokenBy(story)).containsExactly("deadline");
        assertThat(violationsOf(story).getFirst().evidence())
            .isEqualTo("the meeting on 2014-03-18 was after the due date 2014-03-17, "
                    + "but the opinion says late = false");
    }

    @Test
    void anOpinionOnTheDueDateIsNotLate() {
        CaseStory story = CaseStory.appointment().requested().received().reviewed();
        story.on(story.dueDate())
            .opinion(OpinionOutcome.AGREE)
            .change(OpinionIssued.class, opinion -> opinion.setLate(true));

        assertThat(rulesBrokenBy(story)).containsExactly("deadline");
    }

    @Test
    void theMeetingWasHeldByTheDayTheOpinionWasPublished() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE)
            .change(OpinionIssued.class, opinion -> opinion.getMeeting().setMeetingDate(LocalDate.of(2014, 3, 4)));

        assertThat(rulesBrokenBy(story)).containsExactly("deadline");
    }

    @Test
    void informationIsSuppliedOnlyWhenRequested() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE).informationSupplied();

        assertThat(rulesBrokenBy(story)).containsExactly("information-requested");
    }

    @Test
    void aRequestForInformationIsAnsweredOnce() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.REQUEST_INFORMATION)
            .informationSupplied()
            .informationSupplied();

        assertThat(rulesBrokenBy(story)).containsExactly("information-requested");
    }

    @Test
    void silenceIsNoConsentWhereTheRegulationSaysNothing() {
        CaseStory story = CaseStory.appointment().requested().received();
        story.on(story.dueDate()).afterWorkingDays(1).overdue().change(ConsultationOverdue.class, overdue -> {
            overdue.setDeemedConsent(true);
            overdue.setSilenceRule(SilenceRule.CONSENT);
        });

        assertThat(rulesBrokenBy(story)).containsOnly("silence").hasSize(2);
    }

    @Test
    void noDecisionRestsOnSilenceWhereTheRegulationSaysNothing() {
        CaseStory story = CaseStory.appointment().requested().received();
        story.on(story.dueDate()).afterWorkingDays(1).overdue();
        String overdue = story.lastId(ConsultationOverdue.class);
        story.decisionMeeting()
            .decided(DecisionOutcome.APPROVED)
            .change(DecisionFinalised.class, decision -> decision.setOverdueEventId(overdue));

        assertThat(rulesBrokenBy(story)).containsExactly("silence");
        assertThat(violationsOf(story).getFirst().evidence()).contains("counts as NOTHING for APPOINTMENT");
    }

    @Test
    void aConsultationIsOverdueOnlyOnceAWorkingDayHasPassedAfterTheDueDate() {
        CaseStory story = CaseStory.reappointment().on(LocalDate.of(2014, 2, 28)).requested().received();
        story.on(story.dueDate().plusDays(1)).overdue();

        assertThat(story.dueDate().getDayOfWeek()).hasToString("FRIDAY");
        assertThat(rulesBrokenBy(story)).containsExactly("silence");
        assertThat(violationsOf(story).getFirst().evidence())
            .isEqualTo("found overdue on 2014-03-15, before a working day had passed after the due date 2014-03-14");
    }

    @Test
    void aRoundIsFoundOverdueOnce() {
        CaseStory story = CaseStory.reappointment().requested().received();
        story.on(story.dueDate()).afterWorkingDays(1).overdue().afterWorkingDays(1).overdue();

        assertThat(rulesBrokenBy(story)).containsExactly("silence");
    }

    @Test
    void theRequestStatesTheRegulationsSilenceRule() {
        CaseStory story = CaseStory.appointment().requested()
            .change(ConsultationRequested.class, request -> request.setSilenceRule(SilenceRule.CONSENT));

        assertThat(rulesBrokenBy(story)).containsExactly("silence");
    }
}
