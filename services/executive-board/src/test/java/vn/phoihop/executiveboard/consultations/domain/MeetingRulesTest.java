package vn.phoihop.executiveboard.consultations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.MEETING_DAY;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.NOW;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.REGULATIONS;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.ROSTER;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.meeting;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.members;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.opinion;

import java.util.List;
import java.util.Optional;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import vn.phoihop.executiveboard.committee.domain.RosterFixtures;

/** The shipped regulation's meeting rules: a quorum of 2/3 of the summoned, adoption by more than 1/2 of all members. */
class MeetingRulesTest {

    @Test
    void aMeetingWithExactlyTwoThirdsOfTheSummonedIsQuorate() {
        MeetingMinutes sixSummonedFourPresent = new MeetingMinutes(MEETING_DAY, members(6), members(4), List.of(),
                new BallotTally(4, 0, 0, 0));

        OpinionIssued issued = issue(opinion(OpinionOutcome.AGREE, sixSummonedFourPresent));

        assertThat(issued.opinion().meeting()).isEqualTo(new Meeting(MEETING_DAY, 7, 6, 4, 0,
                new BallotTally(4, 0, 0, 0), members(6), members(4), List.of()));
    }

    @Test
    void refusesAMeetingWithoutAQuorumOfTwoThirdsOfTheSummoned() {
        refused(opinion(OpinionOutcome.AGREE, meeting(4, new BallotTally(4, 0, 0, 0))), "quorum")
            .hasMessage("Quorum not met: 4 of 7 summoned members present; at least 5 (2/3) are required.");
    }

    @Test
    void adoptionCountsAllMembersNotThosePresent() {
        // 3 of the 5 present agree: a majority of those present, but not more than half of all 7 members
        refused(opinion(OpinionOutcome.AGREE, meeting(5, new BallotTally(3, 2, 0, 0))), "adoption")
            .hasMessage("Not adopted: 3 of all 7 members voted AGREE; more than 1/2 of them (at least 4) are "
                    + "required.");
        assertThat(issue(opinion(OpinionOutcome.AGREE, meeting(5, new BallotTally(4, 1, 0, 0)))).opinion().outcome())
            .isEqualTo(OpinionOutcome.AGREE);
    }

    @Test
    void aDisagreementNeedsItsOwnMajorityOfAllMembers() {
        refused(opinion(OpinionOutcome.DISAGREE, meeting(6, new BallotTally(3, 3, 0, 0))), "adoption")
            .hasMessageContaining("3 of all 7 members voted DISAGREE");
        assertThat(issue(opinion(OpinionOutcome.DISAGREE, meeting(7, new BallotTally(2, 5, 0, 0)))).opinion()
            .outcome()).isEqualTo(OpinionOutcome.DISAGREE);
    }

    @Test
    void anAgreementWithConditionsCountsTheAgreeingBallots() {
        OpinionDraft withConditions = new OpinionDraft(null, OpinionOutcome.AGREE_WITH_CONDITIONS,
                "Hoàn thành lớp cao cấp lý luận chính trị", List.of(), meeting(6, new BallotTally(2, 4, 0, 0)));

        refused(withConditions, "adoption").hasMessageContaining("2 of all 7 members voted AGREE_WITH_CONDITIONS");
    }

    @Test
    void aRequestForInformationNeedsAQuorumButNoAdoption() {
        MeetingMinutes noBallot = meeting(5, new BallotTally(0, 0, 0, 0));
        OpinionDraft asking = new OpinionDraft(null, OpinionOutcome.REQUEST_INFORMATION, null,
                List.of("Kết quả lấy phiếu tín nhiệm?"), noBallot);

        assertThat(issue(asking).opinion().outcome()).isEqualTo(OpinionOutcome.REQUEST_INFORMATION);
        refused(new OpinionDraft(null, OpinionOutcome.REQUEST_INFORMATION, null, asking.questions(),
                meeting(4, new BallotTally(0, 0, 0, 0))), "quorum");
    }

    @Test
    void theSubjectOfTheCaseMustRecuseWhenPresent() {
        // UV-06 is cadre CB-0106, the subject of this case
        Consultation consultation = reviewedWithSubject("CB-0106");
        MeetingMinutes subjectVotes = meeting(7, new BallotTally(5, 1, 0, 0));

        assertThatThrownBy(() -> consultation.issueOpinion(opinion(OpinionOutcome.AGREE, subjectVotes), ROSTER,
                REGULATIONS, NOW))
            .isInstanceOf(OpinionRefused.class)
            .hasMessage("Member UV-06 is the subject of this case and was present; they must recuse themselves "
                    + "(SUBJECT_OF_CASE) and cast no ballot.")
            .extracting("rule")
            .isEqualTo("recusal");

        MeetingMinutes subjectRecused = new MeetingMinutes(MEETING_DAY, members(7), members(7),
                List.of(new Recusal("UV-06", RecusalReason.SUBJECT_OF_CASE)), new BallotTally(5, 1, 0, 0));
        assertThat(consultation.issueOpinion(opinion(OpinionOutcome.AGREE, subjectRecused), ROSTER, REGULATIONS,
                NOW).opinion().meeting().recused()).isEqualTo(1);
    }

    @Test
    void theSubjectOfTheCaseMayStayAwayFromTheMeeting() {
        Consultation consultation = reviewedWithSubject("CB-0107");

        OpinionIssued issued = consultation.issueOpinion(ConsultationFixtures.agreed(), ROSTER, REGULATIONS, NOW);

        assertThat(issued.opinion().meeting().presentMemberIds()).doesNotContain("UV-07");
    }

    @Test
    void onlyTheSubjectRecusesAsTheSubjectOfTheCase() {
        MeetingMinutes wrongReason = new MeetingMinutes(MEETING_DAY, members(7), members(7),
                List.of(new Recusal("UV-02", RecusalReason.SUBJECT_OF_CASE)), new BallotTally(5, 1, 0, 0));

        refused(opinion(OpinionOutcome.AGREE, wrongReason), "recusal")
            .hasMessageContaining("UV-02 recused as SUBJECT_OF_CASE but is not the subject of this case");
    }

    @Test
    void aDeclaredConflictLeavesOneVoterFewer() {
        MeetingMinutes sixBallotsFiveVoters = new MeetingMinutes(MEETING_DAY, members(7), members(6),
                List.of(new Recusal("UV-02", RecusalReason.DECLARED_CONFLICT)), new BallotTally(5, 1, 0, 0));

        refused(opinion(OpinionOutcome.AGREE, sixBallotsFiveVoters), "meeting-counts")
            .hasMessage("6 ballots counted, but only 5 members could vote (6 present, 1 recused).");
    }

    @Test
    void presentMembersMustHaveBeenSummonedAndRecusedOnesPresent() {
        refused(opinion(OpinionOutcome.AGREE, new MeetingMinutes(MEETING_DAY, members(5), members(6), List.of(),
                new BallotTally(5, 0, 0, 0))), "meeting-counts")
            .hasMessage("Present members who were not summoned: UV-06.");
        refused(opinion(OpinionOutcome.AGREE, new MeetingMinutes(MEETING_DAY, members(7), members(6),
                List.of(new Recusal("UV-07", RecusalReason.DECLARED_CONFLICT)), new BallotTally(5, 0, 0, 0))),
                "meeting-counts")
            .hasMessage("Recused members who were not present: UV-07.");
    }

    @Test
    void onlyActiveMembersAreSummonedAndEachOnce() {
        Consultation consultation = ConsultationFixtures.reviewed();
        MeetingMinutes withFormerMember = new MeetingMinutes(MEETING_DAY, List.of("UV-01", "UV-02", "UV-09"),
                List.of("UV-01", "UV-02"), List.of(), new BallotTally(2, 0, 0, 0));

        assertThatThrownBy(() -> consultation.issueOpinion(opinion(OpinionOutcome.AGREE, withFormerMember),
                RosterFixtures.rosterWithFormerMember("UV-09"), REGULATIONS, NOW))
            .isInstanceOf(OpinionRefused.class)
            .hasMessage("Summoned members who are not active members of the Standing Committee (7 active): UV-09.");
        refused(opinion(OpinionOutcome.AGREE, new MeetingMinutes(MEETING_DAY, List.of("UV-01", "UV-01", "UV-02"),
                List.of("UV-01", "UV-02"), List.of(), new BallotTally(2, 0, 0, 0))), "meeting-counts")
            .hasMessage("Members listed twice among the summoned: UV-01.");
        refused(opinion(OpinionOutcome.AGREE, new MeetingMinutes(MEETING_DAY, List.of(), List.of(), List.of(),
                new BallotTally(0, 0, 0, 0))), "meeting-counts")
            .hasMessage("No member was summoned to the meeting.");
    }

    @Test
    void ballotsAreNeverNegative() {
        refused(opinion(OpinionOutcome.AGREE, meeting(6, new BallotTally(5, -1, 0, 0))), "meeting-counts")
            .hasMessage("Ballot counts must not be negative.");
    }

    private static Consultation reviewedWithSubject(String cadreId) {
        Consultation consultation = Consultation.open(ConsultationFixtures.request().subject(cadreId).build(),
                REGULATIONS, ROSTER).consultation();
        consultation.recordReview(Optional.of("UV-03"), OpinionOutcome.AGREE, "n", MEETING_DAY);
        return consultation;
    }

    private static OpinionIssued issue(OpinionDraft draft) {
        return ConsultationFixtures.reviewed().issueOpinion(draft, ROSTER, REGULATIONS, NOW);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(OpinionDraft draft, String rule) {
        Consultation consultation = ConsultationFixtures.reviewed();
        assertThatThrownBy(() -> consultation.issueOpinion(draft, ROSTER, REGULATIONS, NOW))
            .isInstanceOf(OpinionRefused.class)
            .extracting("rule")
            .isEqualTo(rule);
        assertThat(consultation.status()).as("a refused opinion changes nothing").isEqualTo(ConsultationStatus.PENDING);
        return assertThatThrownBy(() -> consultation.issueOpinion(draft, ROSTER, REGULATIONS, NOW));
    }

}
