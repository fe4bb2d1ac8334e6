package vn.phoihop.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.audit.verification.CaseStory.consulted;
import static vn.phoihop.audit.verification.Judge.rulesBrokenBy;
import static vn.phoihop.audit.verification.Judge.verdictOn;
import static vn.phoihop.audit.verification.Judge.violationsOf;

import org.junit.jupiter.api.Test;

import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;

/** The case's record itself: its regulation, the numbering of each board's events, nothing after its end. */
class CaseRecordRulesTest {

    @Test
    void aCaseUnderARegulationTheAuditDoesNotKnowIsReportedAndStillCheckedForTheRest() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE)
            .change(ConsultationRequested.class, request -> request.setRegulationId("999-QC/BCSĐ-ĐUBKH"))
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED);

        assertThat(rulesBrokenBy(story)).containsExactly("regulation-known");
        assertThat(violationsOf(story).getFirst().evidence()).contains("999-QC/BCSĐ-ĐUBKH version 2013.1");
        assertThat(verdictOn(story).outline().regulation().id()).isEqualTo("999-QC/BCSĐ-ĐUBKH");
    }

    @Test
    void refusesAnEventThatAppliedAnotherRegulationVersionToTheCase() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE)
            .change(OpinionIssued.class, opinion -> opinion.getEnvelope().setRegulationVersion("2016.1"));

        assertThat(rulesBrokenBy(story)).containsExactly("regulation-known");
        assertThat(violationsOf(story).getFirst().eventId()).isEqualTo(story.lastId(OpinionIssued.class));
    }

    @Test
    void aGapInABoardsSequenceIsAMissingEvent() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE)
            .change(OpinionIssued.class, opinion -> opinion.getEnvelope().setSequence(4));

        assertThat(rulesBrokenBy(story)).containsExactly("case-sequence");
        assertThat(violationsOf(story).getFirst().evidence())
            .isEqualTo("executive-board event with sequence 4 where 3 was next (1 missing)");
    }

    @Test
    void aRepeatedSequenceIsAnEventHeldTwice() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE)
            .change(OpinionIssued.class, opinion -> opinion.getEnvelope().setSequence(2));

        assertThat(rulesBrokenBy(story)).containsExactly("case-sequence");
        assertThat(violationsOf(story).getFirst().evidence()).contains("sequence 2 where 3 was next (a repeat)");
    }

    @Test
    void eachRequestRaisesTheProposalVersionByOne() {
        CaseStory story = CaseStory.appointment()
            .requested()
            .received()
            .amended()
            .change(ConsultationRequested.class, request -> request.setProposalVersion(3));

        assertThat(rulesBrokenBy(story)).containsExactly("case-sequence");
    }

    @Test
    void nothingFollowsAWithdrawal() {
        CaseStory story = CaseStory.appointment().requested().received().withdrawn().withdrawn();

        assertThat(rulesBrokenBy(story)).containsExactly("closed-case");
    }

    @Test
    void aCaseIsDecidedOnce() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED)
            .decided(DecisionOutcome.APPROVED);

        assertThat(rulesBrokenBy(story)).containsExactly("closed-case");
    }

    @Test
    void aCaseSubmittedUpwardWaitsOnlyForTheHigherAuthority() {
        CaseStory story = consulted(CaseStory.deputyMinister(), OpinionOutcome.AGREE)
            .decisionMeeting()
            .submittedUpward()
            .withdrawn();

        assertThat(rulesBrokenBy(story)).containsExactly("closed-case");
        assertThat(verdictOn(story).outline().status()).isEqualTo(CaseStatus.WITHDRAWN);
    }
}
