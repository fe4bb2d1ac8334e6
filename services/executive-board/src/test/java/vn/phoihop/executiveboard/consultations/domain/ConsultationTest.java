package vn.phoihop.executiveboard.consultations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ConsultationTest {

    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

    private static final LocalDate MEETING_DAY = LocalDate.of(2026, 11, 26);

    private static RequestedConsultation request(int proposalVersion) {
        return new RequestedConsultation(UUID.fromString("6f1c1b8e-2a7e-4a5b-9a59-3c1f8a0c0001"), UUID.randomUUID(),
                proposalVersion, "APPOINTMENT", "CB-0001", "Nguyễn Văn An", "Vụ trưởng", "VU-TCCB",
                "Vụ Tổ chức cán bộ", "DEPARTMENT_HEAD", "Kiện toàn", "296-QC/BCSĐ-ĐUBKH", "2013.1",
                LocalDate.of(2026, 12, 4));
    }

    /** A meeting of a seven-member Standing Committee, all summoned. */
    private static OpinionDraft draft(OpinionOutcome outcome, int present, int recused, BallotTally tally) {
        return new OpinionDraft(1, outcome, null, List.of(), new Meeting(MEETING_DAY, 7, 7, present, recused, tally));
    }

    @Test
    void issuesAnOpinionFromAQuorateMeetingThatAdoptedIt() {
        Consultation consultation = Consultation.receive(request(1));

        OpinionIssued issued = consultation.issueOpinion(draft(OpinionOutcome.AGREE, 6, 0, new BallotTally(5, 1, 0, 0)),
                NOW);

        assertThat(issued.sequence()).isEqualTo(1);
        assertThat(issued.opinion().proposalVersion()).isEqualTo(1);
        assertThat(consultation.status()).isEqualTo(ConsultationStatus.OPINION_ISSUED);
    }

    @Test
    void refusesAnOpinionWithoutQuorumOfTwoThirdsOfTheSummoned() {
        Consultation consultation = Consultation.receive(request(1));

        assertThatThrownBy(() -> consultation
            .issueOpinion(draft(OpinionOutcome.AGREE, 4, 0, new BallotTally(4, 0, 0, 0)), NOW))
            .isInstanceOf(OpinionRefused.class)
            .hasMessage("Quorum not met: 4 of 7 summoned members present; at least 5 (two thirds) are required.")
            .extracting("rule")
            .isEqualTo("quorum");
        assertThat(consultation.status()).isEqualTo(ConsultationStatus.PENDING);
    }

    @Test
    void adoptionCountsAllMembersNotThosepresent() {
        Consultation consultation = Consultation.receive(request(1));

        // 3 of the 5 present agree: a majority of those present, but not more than half of all 7 members
        assertThatThrownBy(() -> consultation
            .issueOpinion(draft(OpinionOutcome.AGREE, 5, 0, new BallotTally(3, 2, 0, 0)), NOW))
            .isInstanceOf(OpinionRefused.class)
            .hasMessageContaining("Not adopted: 3 of 7 members voted for AGREE")
            .hasMessageContaining("at least 4");
    }

    @Test
    void recusedMembersCastNoBallot() {
        Consultation consultation = Consultation.receive(request(1));

        assertThatThrownBy(() -> consultation
            .issueOpinion(draft(OpinionOutcome.AGREE, 6, 1, new BallotTally(5, 1, 0, 0)), NOW))
            .isInstanceOf(OpinionRefused.class)
            .hasMessageContaining("6 ballots counted, but only 5 members could vote")
            .extracting("rule")
            .isEqualTo("recusal");
    }

    @Test
    void aDisagreementMustBeAdoptedToo() {
        Consultation consultation = Consultation.receive(request(1));

        OpinionIssued issued = consultation
            .issueOpinion(draft(OpinionOutcome.DISAGREE, 7, 0, new BallotTally(2, 5, 0, 0)), NOW);

        assertThat(issued.opinion().outcome()).isEqualTo(OpinionOutcome.DISAGREE);
    }

    @Test
    void conditionsAndQuestionsMustBeStated() {
        Consultation consultation = Consultation.receive(request(1));

        assertThatThrownBy(() -> consultation
            .issueOpinion(draft(OpinionOutcome.AGREE_WITH_CONDITIONS, 6, 0, new BallotTally(5, 1, 0, 0)), NOW))
            .isInstanceOf(OpinionRefused.class)
            .extracting("rule")
            .isEqualTo("conditions-stated");
        assertThatThrownBy(() -> consultation
            .issueOpinion(draft(OpinionOutcome.REQUEST_INFORMATION, 6, 0, new BallotTally(0, 0, 0, 0)), NOW))
            .isInstanceOf(OpinionRefused.class)
            .extracting("rule")
            .isEqualTo("questions-stated");
    }

    @Test
    void issuesOneOpinionPerProposalVersion() {
        Consultation consultation = Consultation.receive(request(1));
        consultation.issueOpinion(draft(OpinionOutcome.AGREE, 6, 0, new BallotTally(5, 1, 0, 0)), NOW);

        assertThatThrownBy(() -> consultation
            .issueOpinion(draft(OpinionOutcome.AGREE, 6, 0, new BallotTally(5, 1, 0, 0)), NOW))
            .isInstanceOf(ConsultationConflict.class);
    }

    @Test
    void refusesAnOpinionOnAVersionOtherThanTheCurrentOne() {
        Consultation consultation = Consultation.receive(request(2));

        assertThatThrownBy(() -> consultation
            .issueOpinion(draft(OpinionOutcome.AGREE, 6, 0, new BallotTally(5, 1, 0, 0)), NOW))
            .isInstanceOf(ConsultationConflict.class)
            .hasMessageContaining("waits for an opinion on proposal version 2, not 1");
    }

    @Test
    void anAmendedProposalRestartsTheConsultation() {
        Consultation consultation = Consultation.receive(request(1));
        consultation.issueOpinion(draft(OpinionOutcome.AGREE, 6, 0, new BallotTally(5, 1, 0, 0)), NOW);

        consultation.receiveAgain(request(2));

        assertThat(consultation.status()).isEqualTo(ConsultationStatus.PENDING);
        assertThat(consultation.opinion()).isEmpty();
        assertThatThrownBy(() -> consultation.receiveAgain(request(2))).isInstanceOf(ConsultationConflict.class);
    }

}
