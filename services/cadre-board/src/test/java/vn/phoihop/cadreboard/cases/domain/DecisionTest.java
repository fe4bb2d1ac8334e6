package vn.phoihop.cadreboard.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.NOW;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.TODAY;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.answered;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.appointment;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.approve;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.draft;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.meetingHeld;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.readyToApprove;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.reject;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.submitted;
import static vn.phoihop.cadreboard.cases.domain.CaseFixtures.votedOn;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.DecidingAuthority;

/** The board's own decision, and the rules in the order it checks them. */
class DecisionTest {

    @Test
    void decidesOnTheOpinionOfTheCurrentVersionAndTheBoardsMeeting() {
        PersonnelCase personnelCase = answered(appointment(), OpinionOutcome.AGREE);
        DecisionMeetingRecorded meeting = meetingHeld(personnelCase, 7);

        DecisionFinalised finalised = personnelCase.decide(approve(), NOW);

        Decision decision = finalised.decision();
        assertThat(finalised.sequence()).isEqualTo(meeting.sequence() + 1);
        assertThat(decision.authority()).isEqualTo(DecidingAuthority.CADRE_BOARD);
        assertThat(decision.basis().opinionEventId())
            .isEqualTo(personnelCase.state().consultation().opinions().getFirst().eventId());
        assertThat(decision.basis().decisionMeetingEventId())
            .isEqualTo(personnelCase.state().decisionMeeting().eventId());
        assertThat(decision.contraryToOpinion()).isFalse();
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void refusesDecisionOnACaseNeverSubmitted() {
        assertRefused(() -> draft().decide(approve(), NOW), "opinion-before-decision");
    }

    @Test
    void refusesDecisionBeforeTheOpinionArrives() {
        PersonnelCase personnelCase = submitted();

        assertThatThrownBy(() -> personnelCase.decide(approve(), NOW)).isInstanceOf(OpinionMissing.class)
            .hasMessageContaining("opinion on proposal version 1 has not arrived");
        assertThat(personnelCase.status()).isEqualTo(CaseStatus.AWAITING_OPINION);
    }

    @Test
    void theBoardMeetsOnlyOnACaseItMayDecide() {
        assertRefused(() -> meetingHeld(submitted(), 7), "opinion-before-decision");
    }

    @Test
    void refusesDecisionBeforeTheBoardsMeeting() {
        assertRefused(() -> answered(appointment(), OpinionOutcome.AGREE).decide(approve(), NOW),
                "decision-meeting-first");
    }

    @Test
    void anApprovalNeedsMoreThanHalfOfAllMembersInFavour() {
        // 4 of 9 members is not more than half, even with everyone else abstaining
        assertRefused(() -> votedOn(appointment(), OpinionOutcome.AGREE, 4).decide(approve(), NOW),
                "decision-follows-meeting");
    }

    @Test
    void aRejectionCannotOverturnTheMeetingsMajority() {
        assertRefused(() -> votedOn(appointment(), OpinionOutcome.AGREE, 5).decide(reject(), NOW),
                "decision-follows-meeting");
    }

    @Test
    void aDecisionAgainstTheOpinionNeedsAWrittenJustificationAndIsFlagged() {
        PersonnelCase personnelCase = votedOn(appointment(), OpinionOutcome.DISAGREE, 7);

        assertRefused(() -> personnelCase.decide(approve(), NOW), "contrary-decision-justified");

        DecisionFinalised finalised = personnelCase.decide(approve().withJustification("Yêu cầu cấp bách"), NOW);
        assertThat(finalised.decision().contraryToOpinion()).isTrue();
    }

    @Test
    void rejectingAgainstAnAgreementIsContraryToo() {
        PersonnelCase personnelCase = votedOn(appointment(), OpinionOutcome.AGREE_WITH_CONDITIONS, 3);

        assertRefused(() -> personnelCase.decide(reject(), NOW), "contrary-decision-justified");
    }

    @Test
    void decidesOnlyOnce() {
        PersonnelCase personnelCase = readyToApprove();
        personnelCase.decide(approve(), NOW);

        assertRefused(() -> personnelCase.decide(approve(), NOW), "decide-once");
    }

    @Test
    void theCadreBoardDoesNotDecideWhatAHigherAuthorityDecides() {
        PersonnelCase personnelCase = votedOn(CaseFixtures.deputyMinisterAppointment(), OpinionOutcome.AGREE, 7);

        assertRefused(() -> personnelCase.decide(approve(), NOW), "deciding-authority");
    }

    @Test
    void withoutRequiredConsultationTheBoardMeetsAndDecides() {
        PersonnelCase personnelCase = PersonnelCase.open(CaseId.random(), appointment(),
                CaseFixtures.withoutConsultationFor(ActionKind.APPOINTMENT));
        personnelCase.submit(TODAY, TODAY);
        meetingHeld(personnelCase, 5);

        DecisionFinalised finalised = personnelCase.decide(approve(), NOW);

        assertThat(finalised.sequence()).isEqualTo(2);
        assertThat(finalised.decision().basis().opinionEventId()).isNull();
        assertThat(finalised.decision().basis().overdueEventId()).isNull();
    }

    @Test
    void meetingCountsMustAddUp() {
        PersonnelCase personnelCase = answered(appointment(), OpinionOutcome.AGREE);

        assertThatThrownBy(() -> personnelCase.recordDecisionMeeting(new MeetingVote(TODAY, 9, 10, 8, 2, 1), TODAY))
            .isInstanceOfSatisfying(RuleViolation.InvalidFields.class, invalid -> {
                assertThat(invalid.rule()).isEqualTo("meeting-counts");
                assertThat(invalid.problems()).extracting(FieldProblem::rule)
                    .containsExactly("at-most-members", "votes-at-most-present");
            });
    }

    @Test
    void aMeetingIsNotDatedAhead() {
        PersonnelCase personnelCase = answered(appointment(), OpinionOutcome.AGREE);

        assertRefused(() -> personnelCase.recordDecisionMeeting(new MeetingVote(TODAY.plusDays(1), 9, 9, 9, 0, 0),
                TODAY), "date-not-in-future");
    }

    static void assertRefused(ThrowingCallable command, String rule) {
        assertThatThrownBy(command).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo(rule));
    }

}
