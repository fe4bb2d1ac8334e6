package vn.phoihop.executiveboard.consultations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.MEETING_DAY;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.REGULATIONS;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.ROSTER;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.meeting;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.members;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.opinion;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phoihop.executiveboard.consultations.domain.OpinionCheck.Adoption;
import vn.phoihop.executiveboard.consultations.domain.OpinionCheck.Problem;
import vn.phoihop.executiveboard.consultations.domain.OpinionCheck.Quorum;
import vn.phoihop.regulation.MeetingRules.AdoptionBase;

/** The rules' verdict on a draft opinion while it is entered: every rule at once, with its numbers, nothing issued. */
class OpinionCheckTest {

    @Test
    void aValidMeetingIsQuorateAndAdoptedWithItsNumbers() {
        Consultation consultation = ConsultationFixtures.reviewed();

        OpinionCheck check = consultation.checkOpinion(ConsultationFixtures.agreed(), ROSTER, REGULATIONS);

        assertThat(check.passes()).isTrue();
        assertThat(check.quorum()).isEqualTo(new Quorum(6, 7, 5, true));
        assertThat(check.adoption()).isEqualTo(new Adoption(OpinionOutcome.AGREE, 5, 7, AdoptionBase.ALL_MEMBERS,
                4, true));
        assertThat(consultation.state().opinion()).as("nothing issued").isNull();
    }

    @Test
    void everyBrokenRuleIsNamedTheOneARefusalWouldNameFirst() {
        MeetingMinutes minutes = new MeetingMinutes(MEETING_DAY, members(7), members(4), List.of(),
                new BallotTally(3, 0, 0, 0));

        OpinionCheck check = ConsultationFixtures.pending()
            .checkOpinion(opinion(OpinionOutcome.AGREE, minutes), ROSTER, REGULATIONS);

        assertThat(check.problems()).extracting(Problem::rule)
            .containsExactly("review-before-meeting", "quorum", "adoption");
        assertThat(check.quorum()).isEqualTo(new Quorum(4, 7, 5, false));
        assertThat(check.problems().get(1).message())
            .isEqualTo("Quorum not met: 4 of 7 summoned members present; at least 5 (2/3) are required.");
    }

    @Test
    void aSubjectWhoVotedIsARecusalProblem() {
        Consultation consultation = Consultation.open(ConsultationFixtures.request().subject("CB-0106").build(),
                REGULATIONS, ROSTER).consultation();

        OpinionCheck check = consultation.checkOpinion(opinion(OpinionOutcome.REQUEST_INFORMATION,
                meeting(6, new BallotTally(0, 0, 0, 0))), ROSTER, REGULATIONS);

        assertThat(check.problems()).extracting(Problem::rule)
            .containsExactly("questions-stated", "review-before-meeting", "recusal");
        assertThat(check.adoption()).as("a request for information takes no vote").isNull();
    }

}
