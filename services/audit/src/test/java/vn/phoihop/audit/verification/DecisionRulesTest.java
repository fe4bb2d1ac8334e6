package vn.phoihop.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.audit.verification.CaseStory.consulted;
import static vn.phoihop.audit.verification.Judge.rulesBrokenBy;
import static vn.phoihop.audit.verification.Judge.violationsOf;

import org.junit.jupiter.api.Test;

import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;

/** The brief's first invariant and what a decision must carry: its basis, its meeting, its authority, its reasons. */
class DecisionRulesTest {

    @Test
    void refusesADecisionWithoutTheOpinion() {
        CaseStory story = CaseStory.appointment()
            .requested()
            .received()
            .reviewed()
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED);

        assertThat(rulesBrokenBy(story)).containsExactly("consultation-before-decision");
        assertThat(violationsOf(story).getFirst().evidence()).contains("proposal version 1 names neither an opinion");
    }

    @Test
    void refusesADecisionOnACaseNeverSentForConsultationWhereEveryKindIsConsulted() {
        CaseStory story = CaseStory.appointment().decisionMeeting().decided(DecisionOutcome.APPROVED);

        assertThat(rulesBrokenBy(story)).containsExactly("consultation-before-decision");
        assertThat(violationsOf(story).getFirst().evidence()).contains("no request was published");
    }

    @Test
    void refusesADecisionOnTheOpinionOfTheVersionBeforeTheAmendment() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE);
        String oldOpinion = story.lastId(OpinionIssued.class);
        story.amended()
            .received()
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED)
            .change(DecisionFinalised.class, decision -> decision.setOpinionEventId(oldOpinion));

        assertThat(rulesBrokenBy(story)).containsExactly("consultation-before-decision");
        assertThat(violationsOf(story).getFirst().evidence()).contains("the opinion on version 1");
    }

    @Test
    void refusesADecisionOnAnOldVersionAfterTheAmendment() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE).decisionMeeting();
        story.amended().decided(DecisionOutcome.APPROVED).change(DecisionFinalised.class, decision -> {
            decision.setProposalVersion(1);
            decision.setOpinionEventId(story.lastId(OpinionIssued.class));
        });

        assertThat(rulesBrokenBy(story)).containsExactly("consultation-before-decision");
        assertThat(violationsOf(story).getFirst().evidence()).contains("version 2 was the one last sent");
    }

    @Test
    void aRequestForInformationIsNoOpinionToDecideOn() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.REQUEST_INFORMATION)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED);
        String request = story.lastId(OpinionIssued.class);
        story.change(DecisionFinalised.class, decision -> decision.setOpinionEventId(request));

        assertThat(rulesBrokenBy(story)).containsExactly("consultation-before-decision");
    }

    @Test
    void refusesADecisionOnAnOpinionTheHistoryHoldsOnlyAfterIt() {
        CaseStory story = CaseStory.appointment()
            .requested()
            .received()
            .reviewed()
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED)
            .opinion(OpinionOutcome.AGREE);
        String later = story.lastId(OpinionIssued.class);
        story.change(DecisionFinalised.class, decision -> decision.setOpinionEventId(later));

        assertThat(rulesBrokenBy(story)).containsExactly("consultation-before-decision");
        assertThat(violationsOf(story).getFirst().evidence()).contains("only after it");
    }

    @Test
    void refusesAnUpwardSubmissionWithoutTheOpinion() {
        CaseStory story = CaseStory.deputyMinister()
            .requested()
            .received()
            .reviewed()
            .decisionMeeting()
            .submittedUpward();

        assertThat(rulesBrokenBy(story)).containsExactly("consultation-before-decision");
    }

    @Test
    void theHigherAuthorityDecidesOnWhatWasSubmitted() {
        CaseStory story = consulted(CaseStory.deputyMinister(), OpinionOutcome.AGREE)
            .decisionMeeting()
            .submittedUpward()
            .higherDecision(DecisionOutcome.APPROVED)
            .change(DecisionFinalised.class, decision -> decision.setOpinionEventId(null));

        assertThat(rulesBrokenBy(story)).containsExactly("consultation-before-decision");
    }

    @Test
    void refusesADecisionWithoutTheBoardsMeeting() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE).decided(DecisionOutcome.APPROVED);

        assertThat(rulesBrokenBy(story)).containsExactly("decision-meeting");
    }

    @Test
    void refusesAnApprovalWithoutMoreThanHalfOfAllTheBoardsMembers() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE)
            .decisionMeeting(3)
            .decided(DecisionOutcome.APPROVED);

        assertThat(rulesBrokenBy(story)).containsExactly("decision-meeting");
        assertThat(violationsOf(story).getFirst().evidence()).contains("3 of 6 members in favour");
    }

    @Test
    void refusesAContraryDecisionWithoutAWrittenJustification() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.DISAGREE)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED);

        assertThat(rulesBrokenBy(story)).containsExactly("contrary-justified");
        assertThat(violationsOf(story).getFirst().evidence())
            .isEqualTo("APPROVED on the opinion DISAGREE carries no written justification");
    }

    @Test
    void aContraryDecisionMustBeFlagged() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.DISAGREE)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED, "Theo yêu cầu nhiệm vụ")
            .change(DecisionFinalised.class, decision -> decision.setContraryToOpinion(false));

        assertThat(rulesBrokenBy(story)).containsExactly("contrary-justified");
    }

    @Test
    void aDecisionFollowingTheOpinionIsNotFlaggedContrary() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE_WITH_CONDITIONS)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED)
            .change(DecisionFinalised.class, decision -> decision.setContraryToOpinion(true));

        assertThat(rulesBrokenBy(story)).containsExactly("contrary-justified");
    }

    @Test
    void theCadreBoardDoesNotDecideADeputyMinister() {
        CaseStory story = consulted(CaseStory.deputyMinister(), OpinionOutcome.AGREE)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED);

        assertThat(rulesBrokenBy(story)).containsExactly("deciding-authority");
        assertThat(violationsOf(story).getFirst().evidence()).contains("DEPUTY_MINISTER");
    }

    @Test
    void aDepartmentHeadIsNotSubmittedUpward() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE).decisionMeeting().submittedUpward();

        assertThat(rulesBrokenBy(story)).containsExactly("deciding-authority");
    }

    @Test
    void aHigherAuthorityDecidesOnlyAfterAnUpwardSubmission() {
        CaseStory story = consulted(CaseStory.deputyMinister(), OpinionOutcome.AGREE)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED)
            .change(DecisionFinalised.class, decision -> decision.setAuthority(DecidingAuthority.HIGHER_AUTHORITY));

        assertThat(rulesBrokenBy(story)).containsExactly("deciding-authority");
        assertThat(violationsOf(story).getFirst().evidence()).contains("never submitted upward");
    }
}
