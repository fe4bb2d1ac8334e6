package vn.phoihop.audit.pointintime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.history.HistoryEvent;
import vn.phoihop.events.ActionKind;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.OpinionOutcome;

/**
 * One appointment through a full cycle, looked at from before it began to after it ended: request, receipt,
 * review, opinion, the board's meeting, decision. Each event occurs an hour after the one before and is published
 * a minute after it occurred.
 */
class CaseAsOfTest {

    private final CaseStory story = CaseStory.of("case-1");

    private final HistoryEvent request = this.story.request(ActionKind.APPOINTMENT).last();

    private final HistoryEvent receipt = this.story.receive().last();

    private final HistoryEvent review = this.story.review().last();

    private final HistoryEvent opinion = this.story.opinion(OpinionOutcome.AGREE).last();

    private final HistoryEvent meeting = this.story.decisionMeeting().last();

    private final HistoryEvent decision = this.story.decide(DecisionOutcome.APPROVED, LocalDate.of(2012, 3, 1)).last();

    private final CaseHistory history = this.story.history();

    @Test
    void beforeItsFirstEventTheCaseDidNotExistYet() {
        CaseAsOf before = CaseAsOf.of(this.history, this.request.occurredAt().minusMillis(1));

        assertThat(before.existed()).isFalse();
        assertThat(before.proposal()).isNull();
        assertThat(before.cadreBoard().status()).isEqualTo(CadreBoardStatus.DRAFT);
        assertThat(before.cadreBoard().events()).isEmpty();
        assertThat(before.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.NOT_RECEIVED);
        assertThat(before.executiveBoard().proposalVersion()).isZero();
    }

    @Test
    void theRequestCountsFromWhenItOccurredThoughNotYetPublished() {
        CaseAsOf requested = CaseAsOf.of(this.history, this.request.occurredAt());

        assertThat(requested.existed()).isTrue();
        assertThat(requested.proposal().eventId()).isEqualTo(this.request.eventId());
        assertThat(requested.proposal().kind()).isEqualTo(ActionKind.APPOINTMENT);
        assertThat(requested.cadreBoard().status()).isEqualTo(CadreBoardStatus.AWAITING_OPINION);
        assertThat(requested.cadreBoard().proposalVersion()).isEqualTo(1);
        assertThat(requested.cadreBoard().dueDate()).isEqualTo(requested.proposal().responseDueDate());
        assertThat(requested.cadreBoard().events()).singleElement()
            .satisfies(event -> assertThat(event.published()).isFalse());
        assertThat(requested.executiveBoard().received()).isEmpty();
    }

    @Test
    void oncePublishedTheExecutiveBoardCouldReadTheRequestBeforeItAnswered() {
        CaseAsOf published = CaseAsOf.of(this.history, this.request.brokerTime());

        assertThat(published.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.NOT_RECEIVED);
        assertThat(published.executiveBoard().received()).singleElement().satisfies(received -> {
            assertThat(received.event().eventId()).isEqualTo(this.request.eventId());
            assertThat(received.acknowledged()).isFalse();
        });
    }

    @Test
    void itsReceiptAnswersTheRequest() {
        CaseAsOf received = CaseAsOf.of(this.history, this.receipt.occurredAt());

        assertThat(received.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.PENDING);
        assertThat(received.executiveBoard().proposalVersion()).isEqualTo(1);
        assertThat(received.executiveBoard().received()).singleElement()
            .satisfies(request -> assertThat(request.acknowledgedBy()).isEqualTo(this.receipt.eventId()));
        assertThat(received.executiveBoard().unacknowledged()).isEmpty();
    }

    @Test
    void anOpinionIssuedButNotYetPublishedIsAFactTheCadreBoardCannotSee() {
        CaseAsOf issued = CaseAsOf.of(this.history, this.opinion.occurredAt().plusSeconds(30));

        assertThat(issued.latestOpinion().eventId()).isEqualTo(this.opinion.eventId());
        assertThat(issued.latestOpinion().outcome()).isEqualTo(OpinionOutcome.AGREE);
        assertThat(issued.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.OPINION_ISSUED);
        assertThat(issued.executiveBoard().events()).last().satisfies(event -> assertThat(event.published()).isFalse());
        assertThat(issued.cadreBoard().status()).isEqualTo(CadreBoardStatus.AWAITING_OPINION);
        assertThat(issued.cadreBoard().received()).extracting(received -> received.event().eventId())
            .containsExactly(this.receipt.eventId(), this.review.eventId());
    }

    @Test
    void betweenItsPublicationAndTheDecisionTheOpinionIsReceivedButUnanswered() {
        CaseAsOf between = CaseAsOf.of(this.history, this.opinion.brokerTime().plus(Duration.ofMinutes(30)));

        assertThat(between.cadreBoard().status()).isEqualTo(CadreBoardStatus.OPINION_RECEIVED);
        assertThat(between.cadreBoard().unacknowledged()).extracting(received -> received.event().eventId())
            .containsExactly(this.receipt.eventId(), this.review.eventId(), this.opinion.eventId());
        assertThat(between.decision()).isNull();
    }

    @Test
    void theDecisionAnswersTheOpinionItRestsOn() {
        CaseAsOf decided = CaseAsOf.of(this.history, this.decision.occurredAt());

        assertThat(decided.cadreBoard().status()).isEqualTo(CadreBoardStatus.DECIDED);
        assertThat(decided.decision().outcome()).isEqualTo(DecisionOutcome.APPROVED);
        assertThat(decided.decision().opinionEventId()).isEqualTo(this.opinion.eventId());
        assertThat(decided.cadreBoard().received()).filteredOn(received -> received.acknowledged())
            .singleElement()
            .satisfies(received -> {
                assertThat(received.event().eventId()).isEqualTo(this.opinion.eventId());
                assertThat(received.acknowledgedBy()).isEqualTo(this.decision.eventId());
            });
        // the decision has not reached the broker: the executive board still stands on its opinion
        assertThat(decided.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.OPINION_ISSUED);
    }

    @Test
    void theExecutiveBoardClosesTheConsultationOnceTheDecisionIsPublishedThoughNoEventSaysSo() {
        CaseAsOf closed = CaseAsOf.of(this.history, this.decision.brokerTime());

        assertThat(closed.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.CLOSED);
        assertThat(closed.executiveBoard().unacknowledged()).extracting(received -> received.event().eventId())
            .containsExactly(this.meeting.eventId(), this.decision.eventId());
    }

    @Test
    void longAfterwardsTheCaseStandsAsItEnded() {
        CaseAsOf later = CaseAsOf.of(this.history, Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(later.cadreBoard().status()).isEqualTo(CadreBoardStatus.DECIDED);
        assertThat(later.executiveBoard().status()).isEqualTo(ExecutiveBoardStatus.CLOSED);
        assertThat(later.cadreBoard().events()).hasSize(3).allMatch(EventSummary::published);
        assertThat(later.executiveBoard().events()).hasSize(3);
    }
}
