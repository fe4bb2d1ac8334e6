package vn.phoihop.executiveboard.consultations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.CASE_ID;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.NOW;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.REGULATIONS;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.ROSTER;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.agreed;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.meeting;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.request;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.reviewed;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.ActionRules;
import vn.phoihop.regulation.ConsultationRules;
import vn.phoihop.regulation.ConsultationStep;
import vn.phoihop.regulation.DecidingAuthority;
import vn.phoihop.regulation.Fraction;
import vn.phoihop.regulation.MeetingRules;
import vn.phoihop.regulation.PositionTier;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.RegulationKey;
import vn.phoihop.regulation.Regulations;
import vn.phoihop.regulation.SilenceRule;
import vn.phoihop.regulation.WorkingDayCalendar;

class OpinionTest {

    private static final RegulationKey TEST_REGULATION = new RegulationKey("TEST", "1");

    @Test
    void issuesTheOpinionOfAValidMeetingWithTheReviewItConsidered() {
        Consultation consultation = reviewed();

        OpinionIssued issued = consultation.issueOpinion(agreed(), ROSTER, REGULATIONS, NOW);

        assertThat(issued.sequence()).isEqualTo(3);
        assertThat(issued.regulationVersion()).isEqualTo("2013.1");
        assertThat(issued.opinion().proposalVersion()).isEqualTo(1);
        assertThat(issued.opinion().reviewEventId()).isEqualTo(consultation.state().review().eventId());
        assertThat(issued.opinion().meeting().membersTotal()).isEqualTo(7);
        assertThat(issued.opinion().late()).isFalse();
        assertThat(consultation.status()).isEqualTo(ConsultationStatus.OPINION_ISSUED);
    }

    @Test
    void refusesAnOpinionBeforeTheAssignedMembersReview() {
        Consultation consultation = ConsultationFixtures.pending();

        assertThatThrownBy(() -> consultation.issueOpinion(agreed(), ROSTER, REGULATIONS, NOW))
            .isInstanceOf(OpinionRefused.class)
            .hasMessage("Regulation 296-QC/BCSĐ-ĐUBKH version 2013.1 has the member who follows the unit review "
                    + "APPOINTMENT cases before the Standing Committee concludes; case " + CASE_ID
                    + " proposal version 1 has no review yet by member UV-03.")
            .extracting("rule")
            .isEqualTo("review-before-meeting");
    }

    @Test
    void needsNoReviewWhereTheRegulationHasNoReviewStep() {
        Regulations withoutReview = regulationWithSteps(List.of(ConsultationStep.STANDING_COMMITTEE_OPINION));
        Consultation consultation = Consultation.open(request().regulation(TEST_REGULATION).build(), withoutReview,
                ROSTER).consultation();

        OpinionIssued issued = consultation.issueOpinion(agreed(), ROSTER, withoutReview, NOW);

        assertThat(issued.opinion().reviewEventId()).isNull();
    }

    @Test
    void issuesOneOpinionPerProposalVersion() {
        Consultation consultation = reviewed();
        consultation.issueOpinion(agreed(), ROSTER, REGULATIONS, NOW);

        assertThatThrownBy(() -> consultation.issueOpinion(agreed(), ROSTER, REGULATIONS, NOW))
            .isInstanceOf(ConsultationConflict.class)
            .extracting("rule")
            .isEqualTo("opinion-once-per-version");
    }

    @Test
    void refusesAnOpinionOnAVersionOtherThanTheCurrentOne() {
        Consultation consultation = reviewed();
        OpinionDraft onVersionTwo = new OpinionDraft(2, OpinionOutcome.AGREE, null, List.of(), agreed().minutes());

        assertThatThrownBy(() -> consultation.issueOpinion(onVersionTwo, ROSTER, REGULATIONS, NOW))
            .isInstanceOf(ConsultationConflict.class)
            .hasMessage("The cadre board waits for an opinion on proposal version 1 of case " + CASE_ID
                    + ", not 2.")
            .extracting("rule")
            .isEqualTo("opinion-on-current-version");
    }

    @Test
    void conditionsAndQuestionsAreStatedWhereTheOutcomeNeedsThemAndOnlyThere() {
        Consultation consultation = reviewed();
        var minutes = meeting(6, new BallotTally(5, 1, 0, 0));

        assertThatThrownBy(() -> consultation.issueOpinion(new OpinionDraft(null,
                OpinionOutcome.AGREE_WITH_CONDITIONS, " ", List.of(), minutes), ROSTER, REGULATIONS, NOW))
            .isInstanceOf(OpinionRefused.class)
            .extracting("rule")
            .isEqualTo("conditions-stated");
        assertThatThrownBy(() -> consultation.issueOpinion(new OpinionDraft(null, OpinionOutcome.AGREE,
                "một điều kiện", List.of(), minutes), ROSTER, REGULATIONS, NOW))
            .isInstanceOf(OpinionRefused.class)
            .extracting("rule")
            .isEqualTo("conditions-stated");
        assertThatThrownBy(() -> consultation.issueOpinion(new OpinionDraft(null,
                OpinionOutcome.REQUEST_INFORMATION, null, List.of(), minutes), ROSTER, REGULATIONS, NOW))
            .isInstanceOf(OpinionRefused.class)
            .extracting("rule")
            .isEqualTo("questions-stated");
        assertThatThrownBy(() -> consultation.issueOpinion(new OpinionDraft(null, OpinionOutcome.DISAGREE, null,
                List.of("Vì sao?"), minutes), ROSTER, REGULATIONS, NOW))
            .isInstanceOf(OpinionRefused.class)
            .extracting("rule")
            .isEqualTo("questions-stated");
    }

    @Test
    void anOpinionFromAMeetingAfterTheDueDateIsLate() {
        Consultation consultation = Consultation.open(request().due(LocalDate.of(2026, 11, 25)).build(), REGULATIONS,
                ROSTER).consultation();
        consultation.recordReview(Optional.of("UV-03"), OpinionOutcome.AGREE, "n", LocalDate.of(2026, 11, 24));

        assertThat(consultation.issueOpinion(agreed(), ROSTER, REGULATIONS, NOW).opinion().late()).isTrue();
    }

    @Test
    void aRefusedOpinionChangesNothing() {
        Consultation consultation = reviewed();
        ConsultationState before = consultation.state();

        assertThatThrownBy(() -> consultation.issueOpinion(
                ConsultationFixtures.opinion(OpinionOutcome.AGREE, meeting(4, new BallotTally(4, 0, 0, 0))), ROSTER,
                REGULATIONS, NOW))
            .isInstanceOf(OpinionRefused.class);

        assertThat(consultation.state()).isEqualTo(before);
    }

    /** A regulation like the shipped one, with the steps given for every action kind. */
    private static Regulations regulationWithSteps(List<ConsultationStep> steps) {
        Map<PositionTier, DecidingAuthority> authority = new EnumMap<>(PositionTier.class);
        for (PositionTier tier : PositionTier.values()) {
            authority.put(tier, DecidingAuthority.CADRE_BOARD);
        }
        Map<ActionKind, ActionRules> actions = new EnumMap<>(ActionKind.class);
        for (ActionKind kind : ActionKind.values()) {
            actions.put(kind, new ActionRules(kind, new ConsultationRules(true, steps, 10, SilenceRule.NOTHING),
                    new MeetingRules(new Fraction(2, 3), new Fraction(1, 2), MeetingRules.AdoptionBase.ALL_MEMBERS),
                    authority));
        }
        return new Regulations("executive-board", List.of(new Regulation(TEST_REGULATION, "Test",
                LocalDate.of(2020, 1, 1), new WorkingDayCalendar("none", Map.of()), actions)));
    }

}
