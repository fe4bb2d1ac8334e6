package vn.phoihop.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.audit.verification.CaseStory.COMMITTEE;
import static vn.phoihop.audit.verification.CaseStory.consulted;
import static vn.phoihop.audit.verification.Judge.rulesBrokenBy;
import static vn.phoihop.audit.verification.Judge.violationsOf;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.phoihop.audit.verdict.Violation;
import vn.phoihop.events.BallotTally;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.ConsultationStep;
import vn.phoihop.events.DecisionMeetingRecorded;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.Meeting;
import vn.phoihop.events.MemberReviewRecorded;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.events.Recusal;
import vn.phoihop.events.RecusalReason;

/** The brief's second invariant: every opinion from a valid meeting, on the version asked, after the review. */
class MeetingRulesTest {

    @Test
    void refusesAnOpinionWithoutTwoThirdsOfTheSummonedPresent() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE)
            .change(OpinionIssued.class, opinion -> attended(opinion.getMeeting(), 4, new BallotTally(4, 0, 0, 0)));

        assertThat(rulesBrokenBy(story)).containsExactly("quorum");
        assertThat(violationsOf(story).getFirst().evidence())
            .isEqualTo("4 of 7 summoned members present; at least 5 (2/3 of the summoned) are required");
    }

    @Test
    void aRequestForInformationNeedsTheQuorumToo() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.REQUEST_INFORMATION)
            .change(OpinionIssued.class, opinion -> attended(opinion.getMeeting(), 3, new BallotTally(0, 0, 0, 0)));

        assertThat(rulesBrokenBy(story)).containsExactly("quorum");
    }

    @Test
    void refusesAnOpinionWithoutMoreThanHalfOfAllMembers() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE)
            .change(OpinionIssued.class, opinion -> opinion.getMeeting().setTally(new BallotTally(3, 2, 1, 0)));

        assertThat(rulesBrokenBy(story)).containsExactly("adoption");
        assertThat(violationsOf(story).getFirst().evidence())
            .isEqualTo("3 of all 7 members voted for AGREE; more than 1/2 (at least 4) are required");
    }

    @Test
    void aDisagreementIsAdoptedByTheBallotsAgainstTheProposal() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.DISAGREE)
            .change(OpinionIssued.class, opinion -> opinion.getMeeting().setTally(new BallotTally(6, 0, 0, 0)));

        assertThat(rulesBrokenBy(story)).containsExactly("adoption");
    }

    @Test
    void recusedMembersBallotsAreNotCounted() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE).change(OpinionIssued.class,
                opinion -> recused(opinion.getMeeting(), new Recusal("UV-05", RecusalReason.DECLARED_CONFLICT)));

        assertThat(rulesBrokenBy(story)).containsExactly("recusal");
        assertThat(violationsOf(story).getFirst().evidence()).contains("only 5 of the 6 members present could vote");
    }

    @Test
    void theSubjectWhoIsAMemberMustRecuseAsTheRosterTells() {
        CaseStory story = consulted(CaseStory.deputyMinister(), OpinionOutcome.AGREE);
        CaseVerification withRoster = new CaseVerification(CaseStory.REGULATIONS,
                new CommitteeMembers(Map.of("UV-01", Proposals.SUBJECT)));

        List<Violation> violations = withRoster.verify(story.history()).violations();

        assertThat(violations).extracting(Violation::rule).containsExactly("recusal");
        assertThat(violations.getFirst().evidence()).contains("member UV-01 is cadre CB-0042");
        assertThat(rulesBrokenBy(story)).as("without the roster no event says who the subject is").isEmpty();
    }

    @Test
    void onlyTheSubjectRecusesAsTheSubject() {
        CaseStory story = consulted(CaseStory.deputyMinister(), OpinionOutcome.AGREE).change(OpinionIssued.class,
                opinion -> recused(opinion.getMeeting(), new Recusal("UV-02", RecusalReason.SUBJECT_OF_CASE)));
        story.change(OpinionIssued.class, opinion -> opinion.getMeeting().getTally().setAgree(5));
        CaseVerification withRoster = new CaseVerification(CaseStory.REGULATIONS,
                new CommitteeMembers(Map.of("UV-01", Proposals.SUBJECT, "UV-02", "CB-0902")));

        assertThat(withRoster.verify(story.history()).violations()).extracting(Violation::rule)
            .containsExactly("recusal", "recusal");
    }

    @Test
    void aMemberWhoRecusedAsTheSubjectIsTheSubjectAtEveryMeetingOfTheCase() {
        CaseStory story = consulted(CaseStory.deputyMinister(), OpinionOutcome.AGREE_WITH_CONDITIONS).change(
                OpinionIssued.class,
                opinion -> recused(opinion.getMeeting(), new Recusal("UV-01", RecusalReason.SUBJECT_OF_CASE)));
        story.change(OpinionIssued.class, opinion -> opinion.getMeeting().getTally().setAgree(5));
        story.amended().received().reviewed().opinion(OpinionOutcome.AGREE);

        assertThat(rulesBrokenBy(story)).containsExactly("recusal");
        assertThat(violationsOf(story).getFirst().eventId()).isEqualTo(story.lastId(OpinionIssued.class));
    }

    @Test
    void aCaseHasOneSubject() {
        CaseStory story = consulted(CaseStory.deputyMinister(), OpinionOutcome.AGREE).change(OpinionIssued.class,
                opinion -> recused(opinion.getMeeting(), new Recusal("UV-01", RecusalReason.SUBJECT_OF_CASE),
                        new Recusal("UV-02", RecusalReason.SUBJECT_OF_CASE)));
        story.change(OpinionIssued.class, opinion -> opinion.getMeeting().getTally().setAgree(4));

        assertThat(rulesBrokenBy(story)).containsExactly("recusal");
    }

    @Test
    void presentMembersWereSummoned() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE).change(OpinionIssued.class,
                opinion -> {
                    opinion.getMeeting().setSummonedMemberIds(COMMITTEE.subList(0, 6));
                    opinion.getMeeting().setSummoned(6);
                    opinion.getMeeting().setPresentMemberIds(COMMITTEE.subList(1, 7));
                });

        assertThat(rulesBrokenBy(story)).containsExactly("meeting-counts");
        assertThat(violationsOf(story).getFirst().evidence()).isEqualTo("present but not summoned: UV-07");
    }

    @Test
    void theCountsMatchTheLists() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE)
            .change(OpinionIssued.class, opinion -> opinion.getMeeting().setPresent(7));

        assertThat(rulesBrokenBy(story)).containsExactly("meeting-counts");
        assertThat(violationsOf(story).getFirst().evidence()).isEqualTo("7 present but 6 member ids listed");
    }

    @Test
    void noMoreBallotsThanMembersPresent() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE)
            .change(OpinionIssued.class, opinion -> opinion.getMeeting().setTally(new BallotTally(6, 1, 0, 0)));

        assertThat(rulesBrokenBy(story)).containsExactly("meeting-counts");
    }

    @Test
    void theCadreBoardsMeetingHasNoMoreVotesThanMembersPresent() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE)
            .decisionMeeting()
            .change(DecisionMeetingRecorded.class, meeting -> meeting.setPresent(4))
            .decided(DecisionOutcome.APPROVED);

        assertThat(rulesBrokenBy(story)).containsExactly("meeting-counts");
    }

    @Test
    void anAgreementWithConditionsStatesThem() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE_WITH_CONDITIONS)
            .change(OpinionIssued.class, opinion -> opinion.setConditions(null));

        assertThat(rulesBrokenBy(story)).containsExactly("opinion-stated");
    }

    @Test
    void onlyARequestForInformationAsksQuestions() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.DISAGREE)
            .change(OpinionIssued.class, opinion -> opinion.setQuestions(List.of("Vì sao?")));

        assertThat(rulesBrokenBy(story)).containsExactly("opinion-stated");
    }

    @Test
    void oneOpinionPerVersion() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE).opinion(OpinionOutcome.DISAGREE);

        assertThat(rulesBrokenBy(story)).containsExactly("opinion-of-version");
    }

    @Test
    void aSecondOpinionOnAVersionWaitsForTheInformationAskedFor() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.REQUEST_INFORMATION)
            .opinion(OpinionOutcome.AGREE);

        assertThat(rulesBrokenBy(story)).containsExactly("opinion-of-version");
    }

    @Test
    void noOpinionOnAVersionTheExecutiveBoardHasSeenSuperseded() {
        CaseStory story = CaseStory.appointment().requested().received().reviewed().amended().received()
            .opinion(OpinionOutcome.AGREE)
            .change(OpinionIssued.class, opinion -> opinion.setProposalVersion(1));

        assertThat(rulesBrokenBy(story)).containsExactly("opinion-of-version");
        assertThat(violationsOf(story).getFirst().evidence()).contains("had taken version 2");
    }

    @Test
    void theStandingCommitteeConcludesOnlyAfterTheAssignedMembersReview() {
        CaseStory story = CaseStory.appointment().requested().received().opinion(OpinionOutcome.AGREE);

        assertThat(rulesBrokenBy(story)).containsExactly("consultation-steps");
    }

    @Test
    void onlyTheAssignedMemberReviews() {
        CaseStory story = CaseStory.appointment().requested().received().reviewed("UV-05");

        assertThat(rulesBrokenBy(story)).containsExactly("consultation-steps");
        assertThat(violationsOf(story).getFirst().evidence())
            .isEqualTo("member UV-05 reviewed proposal version 1, which was routed to member UV-03");
    }

    @Test
    void theOpinionNamesTheLatestReview() {
        CaseStory story = CaseStory.appointment().requested().received().reviewed();
        String first = story.lastId(MemberReviewRecorded.class);
        story.reviewed().opinion(OpinionOutcome.AGREE)
            .change(OpinionIssued.class, opinion -> opinion.setReviewEventId(first));

        assertThat(rulesBrokenBy(story)).containsExactly("consultation-steps");
    }

    @Test
    void theRequestAsksForTheRegulationsSteps() {
        CaseStory story = CaseStory.appointment().requested().change(ConsultationRequested.class,
                request -> request.setSteps(List.of(ConsultationStep.STANDING_COMMITTEE_OPINION)));

        assertThat(rulesBrokenBy(story)).containsExactly("consultation-steps");
    }

    /** The first {@code present} of the seven summoned came. */
    private static void attended(Meeting meeting, int present, BallotTally tally) {
        meeting.setPresent(present);
        meeting.setPresentMemberIds(COMMITTEE.subList(0, present));
        meeting.setTally(tally);
    }

    private static void recused(Meeting meeting, Recusal... recusals) {
        meeting.setRecusals(List.of(recusals));
        meeting.setRecused(recusals.length);
    }
}
