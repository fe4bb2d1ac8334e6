package vn.phoihop.executiveboard.consultations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.MEETING_DAY;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.REGULATIONS;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.ROSTER;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.head;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.pending;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.request;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.phoihop.executiveboard.committee.domain.RosterFixtures;

class MemberReviewTest {

    @Test
    void recordsTheReviewOfTheMemberWhoFollowsTheUnit() {
        Consultation consultation = pending();

        MemberReviewRecorded recorded = consultation.recordReview(Optional.of("UV-03"),
                OpinionOutcome.AGREE_WITH_CONDITIONS, "Cần bồi dưỡng thêm", MEETING_DAY);

        assertThat(recorded.sequence()).isEqualTo(2);
        assertThat(recorded.review()).isEqualTo(new MemberReview(1, "UV-03", OpinionOutcome.AGREE_WITH_CONDITIONS,
                "Cần bồi dưỡng thêm", MEETING_DAY, null));
        assertThat(consultation.status()).isEqualTo(ConsultationStatus.PENDING);
    }

    @Test
    void refusesTheReviewOfAnotherMember() {
        Consultation consultation = pending();

        assertThatThrownBy(() -> consultation.recordReview(Optional.of("UV-05"), OpinionOutcome.AGREE, "n",
                MEETING_DAY))
            .isInstanceOf(ReviewRefused.class)
            .hasMessage("Only member UV-03, who follows unit VU-TCCB, reviews case " + ConsultationFixtures.CASE_ID
                    + "; the signed-in user acts as member UV-05.")
            .extracting("rule")
            .isEqualTo("review-by-assigned-member");
        assertThatThrownBy(() -> consultation.recordReview(Optional.empty(), OpinionOutcome.AGREE, "n", MEETING_DAY))
            .isInstanceOf(ReviewRefused.class)
            .hasMessageContaining("the signed-in user is no active member of the Standing Committee");
        assertThat(consultation.state().review()).isNull();
    }

    @Test
    void refusesAReviewWhileNoMemberFollowsTheUnit() {
        Consultation consultation = Consultation
            .open(request().positions(null, head(RosterFixtures.UNFOLLOWED)).build(), REGULATIONS, ROSTER)
            .consultation();

        assertThatThrownBy(() -> consultation.recordReview(Optional.of("UV-03"), OpinionOutcome.AGREE, "n",
                MEETING_DAY))
            .isInstanceOf(ReviewRefused.class)
            .hasMessageContaining("No member follows unit VP-TH");
    }

    @Test
    void theMemberReviewsOnlyWhileTheConsultationWaitsForTheStandingCommittee() {
        Consultation consultation = ConsultationFixtures.reviewed();
        consultation.issueOpinion(ConsultationFixtures.agreed(), ROSTER, REGULATIONS, ConsultationFixtures.NOW);

        assertThatThrownBy(() -> consultation.recordReview(Optional.of("UV-03"), OpinionOutcome.DISAGREE, "n",
                MEETING_DAY))
            .isInstanceOf(ConsultationConflict.class)
            .extracting("rule")
            .isEqualTo("review-while-pending");
    }

    @Test
    void theMemberMayReviseTheReviewBeforeTheMeeting() {
        Consultation consultation = ConsultationFixtures.reviewed();

        consultation.recordReview(Optional.of("UV-03"), OpinionOutcome.DISAGREE, "Chưa đủ", MEETING_DAY);

        assertThat(consultation.state().review().recommendation()).isEqualTo(OpinionOutcome.DISAGREE);
    }

}
