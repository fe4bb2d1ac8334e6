package vn.phoihop.audit.pointintime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.history.HistoryEvent;
import vn.phoihop.events.ActionKind;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.OpinionOutcome;

/** The other ways a case goes, each looked at around the moment that matters. */
class CaseAsOfStoriesTest {

    private final CaseStory story = CaseStory.of("case-2");

    @Test
    void aRequestForInformationIsAnsweredByTheInformationAndTheInformationByTheNextOpinion() {
        this.story.request(ActionKind.APPOINTMENT).receive();
        HistoryEvent questions = this.story.opinion(OpinionOutcome.REQUEST_INFORMATION).last();
        HistoryEvent information = this.story.supplyInformation().last();
        HistoryEvent opinion = this.story.opinion(OpinionOutcome.AGREE).last();
        CaseHistory history = this.story.history();

        CaseAsOf asked = CaseAsOf.of(history, questions.brokerTime());
        assertThat(asked.cadreBoard().status()).isEqualTo(CadreBoardStatus.INFORMATION_REQUESTED);
        assertThat(asked.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.INFORMATION_REQUESTED);

        CaseAsOf supplied = CaseAsOf.of(history, information.brokerTime());
        assertThat(supplied.cadreBoard().status()).isEqualTo(CadreBoardStatus.AWAITING_OPINION);
        assertThat(acknowledgement(supplied.cadreBoard(), questions)).isEqualTo(information.eventId());
        assertThat(supplied.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.PENDING);
        assertThat(supplied.executiveBoard().dueDate()).isEqualTo(supplied.cadreBoard().dueDate());

        CaseAsOf answered = CaseAsOf.of(history, opinion.occurredAt());
        assertThat(answered.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.OPINION_ISSUED);
        assertThat(acknowledgement(answered.executiveBoard(), information)).isEqualTo(opinion.eventId());
    }

    @Test
    void anOpinionOnTheVersionBeforeAnAmendmentIsOnlyHistory() {
        this.story.request(ActionKind.TRANSFER_AND_APPOINTMENT).receive();
        HistoryEvent amendment = this.story.amend().last();
        HistoryEvent stale = this.story.opinionOn(1, OpinionOutcome.AGREE).last();
        HistoryEvent secondReceipt = this.story.receive().last();
        CaseHistory history = this.story.history();

        CaseAsOf amended = CaseAsOf.of(history, stale.brokerTime());
        assertThat(amended.proposal().version()).isEqualTo(2);
        assertThat(amended.proposal().amendment()).isNotBlank();
        assertThat(amended.cadreBoard().status()).isEqualTo(CadreBoardStatus.AWAITING_OPINION);
        assertThat(amended.cadreBoard().proposalVersion()).isEqualTo(2);
        assertThat(amended.latestOpinion().proposalVersion()).isEqualTo(1);
        // the executive board could read the amendment but had not received it yet
        assertThat(amended.executiveBoard().proposalVersion()).isEqualTo(1);
        assertThat(acknowledgement(amended.executiveBoard(), amendment)).isNull();

        CaseAsOf reconsulted = CaseAsOf.of(history, secondReceipt.occurredAt());
        assertThat(reconsulted.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.PENDING);
        assertThat(reconsulted.executiveBoard().proposalVersion()).isEqualTo(2);
        assertThat(acknowledgement(reconsulted.executiveBoard(), amendment)).isEqualTo(secondReceipt.eventId());
    }

    @Test
    void silenceTakenAsConsentStandsUntilALateOpinionReplacesIt() {
        this.story.request(ActionKind.REAPPOINTMENT).receive();
        HistoryEvent overdue = this.story.overdue(true).last();
        HistoryEvent late = this.story.opinion(OpinionOutcome.AGREE).last();
        CaseHistory history = this.story.history();

        CaseAsOf deemed = CaseAsOf.of(history, overdue.occurredAt());
        assertThat(deemed.cadreBoard().status()).isEqualTo(CadreBoardStatus.DEEMED_CONSENT);
        assertThat(deemed.overdue().deemedConsent()).isTrue();
        assertThat(deemed.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.PENDING);

        assertThat(CaseAsOf.of(history, late.brokerTime()).cadreBoard().status())
            .isEqualTo(CadreBoardStatus.OPINION_RECEIVED);
    }

    @Test
    void anOverdueFindingNoLongerStandsOnceInformationRestartsTheDeadline() {
        this.story.request(ActionKind.APPOINTMENT).receive().opinion(OpinionOutcome.REQUEST_INFORMATION)
            .supplyInformation();
        this.story.overdue(false);
        HistoryEvent amendment = this.story.amend().last();
        CaseHistory history = this.story.history();

        assertThat(CaseAsOf.of(history, amendment.occurredAt().minusSeconds(1)).overdue()).isNotNull();
        assertThat(CaseAsOf.of(history, amendment.occurredAt()).overdue()).isNull();
    }

    @Test
    void aWithdrawnCaseIsWithdrawnAtBothBoardsOnceTheWithdrawalIsPublished() {
        this.story.request(ActionKind.APPOINTMENT).receive().opinion(OpinionOutcome.AGREE);
        HistoryEvent withdrawal = this.story.withdraw().last();
        CaseHistory history = this.story.history();

        CaseAsOf withdrawn = CaseAsOf.of(history, withdrawal.occurredAt());
        assertThat(withdrawn.cadreBoard().status()).isEqualTo(CadreBoardStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawal().reason()).isNotBlank();
        assertThat(withdrawn.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.OPINION_ISSUED);
        assertThat(CaseAsOf.of(history, withdrawal.brokerTime()).executiveBoard().status())
            .isEqualTo(ExecutiveBoardStatus.WITHDRAWN);
    }

    @Test
    void aRefusalAnswersTheRequestAndEndsTheWaiting() {
        HistoryEvent request = this.story.request(ActionKind.APPOINTMENT).last();
        HistoryEvent refusal = this.story.refuse().last();
        CaseHistory history = this.story.history();

        CaseAsOf refused = CaseAsOf.of(history, refusal.brokerTime());
        assertThat(refused.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.REFUSED);
        assertThat(acknowledgement(refused.executiveBoard(), request)).isEqualTo(refusal.eventId());
        assertThat(refused.cadreBoard().status()).isEqualTo(CadreBoardStatus.CONSULTATION_REFUSED);
    }

    @Test
    void aDeputyMinisterGoesUpwardAndIsDecidedThere() {
        this.story.request(ActionKind.APPOINTMENT).receive();
        HistoryEvent opinion = this.story.opinion(OpinionOutcome.AGREE).last();
        HistoryEvent submission = this.story.decisionMeeting().submitUpward().last();
        HistoryEvent decision = this.story.higherDecision(DecisionOutcome.APPROVED, LocalDate.of(2012, 4, 1)).last();
        CaseHistory history = this.story.history();

        CaseAsOf submitted = CaseAsOf.of(history, submission.brokerTime());
        assertThat(submitted.cadreBoard().status()).isEqualTo(CadreBoardStatus.SUBMITTED_UPWARD);
        assertThat(submitted.upwardSubmission().authorityName()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(acknowledgement(submitted.cadreBoard(), opinion)).isEqualTo(submission.eventId());
        assertThat(submitted.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.CLOSED);

        CaseAsOf decided = CaseAsOf.of(history, decision.occurredAt());
        assertThat(decided.cadreBoard().status()).isEqualTo(CadreBoardStatus.DECIDED);
        assertThat(decided.decision().authorityName()).isEqualTo("Thủ tướng Chính phủ");
    }

    @Test
    void aKindDecidedWithoutConsultationIsReadyForDecisionAtItsMeeting() {
        HistoryEvent meeting = this.story.decisionMeeting().last();

        CaseAsOf ready = CaseAsOf.of(this.story.history(), meeting.occurredAt());

        assertThat(ready.cadreBoard().status()).isEqualTo(CadreBoardStatus.READY_FOR_DECISION);
        assertThat(ready.proposal()).isNull();
        assertThat(ready.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.NOT_RECEIVED);
    }

    @Test
    void writesAsJsonWithItsStatusesAndDates() {
        this.story.request(ActionKind.APPOINTMENT).receive().opinion(OpinionOutcome.AGREE_WITH_CONDITIONS);
        CaseAsOf view = CaseAsOf.of(this.story.history(), Instant.parse("2030-01-01T00:00:00Z"));

        JsonNode json = JsonMapper.shared().readTree(JsonMapper.shared().writeValueAsString(view));

        assertThat(json.path("cadreBoard").path("status").asString()).isEqualTo("OPINION_RECEIVED");
        assertThat(json.path("executiveBoard").path("received").path(0).path("acknowledgedBy").asString())
            .isEqualTo(view.executiveBoard().received().getFirst().acknowledgedBy());
        assertThat(json.path("proposal").path("targetPosition").path("tier").asString()).isEqualTo("DEPARTMENT_HEAD");
        assertThat(json.path("latestOpinion").path("conditions").asString()).isNotBlank();
        assertThat(json.path("cadreBoard").path("dueDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static String acknowledgement(BoardAsOf<?> board, HistoryEvent event) {
        return board.received()
            .stream()
            .filter(received -> received.event().eventId().equals(event.eventId()))
            .findFirst()
            .orElseThrow()
            .acknowledgedBy();
    }
}
