package vn.phoihop.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.audit.verification.CaseStory.consulted;
import static vn.phoihop.audit.verification.Judge.verdictOn;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.events.ActionKind;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.events.PositionTier;
import vn.phoihop.regulation.RegulationKey;

/** The one-line view of a case that reports are made of. */
class CaseOutlineTest {

    @Test
    void outlinesADecidedCaseWithTheExecutiveBoardsResponseTimeInWorkingDays() {
        CaseStory story = CaseStory.appointment().requested().received().reviewed();
        story.on(LocalDate.of(2014, 3, 10)).opinion(OpinionOutcome.AGREE).decisionMeeting()
            .decided(DecisionOutcome.APPROVED);

        CaseOutline outline = verdictOn(story).outline();

        assertThat(outline.caseId()).isEqualTo(story.caseId());
        assertThat(outline.subjectId()).isEqualTo(Proposals.SUBJECT);
        assertThat(outline.actionKind()).isEqualTo(ActionKind.APPOINTMENT);
        assertThat(outline.tier()).isEqualTo(PositionTier.DEPARTMENT_HEAD);
        assertThat(outline.regulation()).isEqualTo(new RegulationKey("296-QC/BCSĐ-ĐUBKH", "2013.1"));
        assertThat(outline.proposalVersion()).isEqualTo(1);
        assertThat(outline.status()).isEqualTo(CaseStatus.DECIDED_APPROVED);
        assertThat(outline.decision()).isEqualTo(DecisionOutcome.APPROVED);
        assertThat(outline.opinion()).isEqualTo(OpinionOutcome.AGREE);
        assertThat(outline.requestedOn()).isEqualTo(LocalDate.of(2014, 3, 3));
        assertThat(outline.opinionIssuedOn()).isEqualTo(LocalDate.of(2014, 3, 10));
        assertThat(outline.decidedOn()).isEqualTo(LocalDate.of(2014, 3, 10));
        assertThat(outline.effectiveDate()).isEqualTo(LocalDate.of(2014, 3, 24));
        assertThat(outline.responseWorkingDays()).isEqualTo(5);
        assertThat(outline.deemedConsent()).isFalse();
        assertThat(outline.contraryToOpinion()).isFalse();
        assertThat(outline.termDate()).contains(LocalDate.of(2014, 3, 24));
    }

    @Test
    void aPublicHolidayIsNoWorkingDayOfTheResponse() {
        CaseStory story = CaseStory.appointment().on(LocalDate.of(2014, 4, 7)).requested().received().reviewed();
        story.on(LocalDate.of(2014, 4, 11)).opinion(OpinionOutcome.AGREE);

        assertThat(verdictOn(story).outline().responseWorkingDays()).as("Tue, Thu, Fri; Hùng Kings' day on Wed")
            .isEqualTo(3);
    }

    @Test
    void theResponseTimeCountsFromTheSuppliedInformation() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.REQUEST_INFORMATION);
        story.on(LocalDate.of(2014, 3, 12)).informationSupplied().afterWorkingDays(2).opinion(OpinionOutcome.AGREE);

        CaseOutline outline = verdictOn(story).outline();

        assertThat(outline.status()).isEqualTo(CaseStatus.PENDING);
        assertThat(outline.opinion()).isEqualTo(OpinionOutcome.AGREE);
        assertThat(outline.responseWorkingDays()).isEqualTo(2);
    }

    @Test
    void aCaseDecidedByTheHigherAuthorityRestsOnWhatItWasSubmittedWith() {
        CaseStory story = consulted(CaseStory.deputyMinister(), OpinionOutcome.AGREE)
            .decisionMeeting()
            .submittedUpward()
            .afterWorkingDays(20)
            .higherDecision(DecisionOutcome.REJECTED);

        CaseOutline outline = verdictOn(story).outline();

        assertThat(outline.status()).isEqualTo(CaseStatus.DECIDED_BY_HIGHER_AUTHORITY);
        assertThat(outline.decision()).isEqualTo(DecisionOutcome.REJECTED);
        assertThat(outline.opinion()).isEqualTo(OpinionOutcome.AGREE);
        assertThat(outline.contraryToOpinion()).isTrue();
        assertThat(outline.tier()).isEqualTo(PositionTier.DEPUTY_MINISTER);
    }

    @Test
    void anUndecidedCaseFoundOverdueWhereSilenceIsConsentMayBeDecided() {
        CaseStory story = CaseStory.reappointment().requested().received();
        story.on(story.dueDate()).afterWorkingDays(1).overdue();

        CaseOutline outline = verdictOn(story).outline();

        assertThat(outline.status()).isEqualTo(CaseStatus.PENDING);
        assertThat(outline.deemedConsent()).isTrue();
        assertThat(outline.opinion()).isNull();
        assertThat(outline.responseWorkingDays()).isNull();
        assertThat(outline.termDate()).contains(LocalDate.of(2014, 3, 3));
    }

    @Test
    void aCaseWithoutEventsHasAnEmptyOutline() {
        CaseVerdict verdict = new CaseVerification(CaseStory.REGULATIONS).verify(new CaseHistory("c-1"));

        assertThat(verdict.clean()).isTrue();
        assertThat(verdict.outline().status()).isEqualTo(CaseStatus.PENDING);
        assertThat(verdict.outline().actionKind()).isEqualTo(ActionKind.UNKNOWN);
        assertThat(verdict.outline().termDate()).isEmpty();
    }
}
