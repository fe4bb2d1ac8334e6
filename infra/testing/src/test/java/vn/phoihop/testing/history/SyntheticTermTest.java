package vn.phoihop.testing.history;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.testing.history.TermFixture.CADRE_BOARD_KEY;
import static vn.phoihop.testing.history.TermFixture.EXECUTIVE_BOARD_KEY;
import static vn.phoihop.testing.history.TermFixture.published;
import static vn.phoihop.testing.history.TermFixture.term;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.CheckpointStatement;
import vn.phoihop.events.EventHash;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.history.TermFixture.Published;

class SyntheticTermTest {

    private static final int CASES = 300;

    private static final int CHECKPOINT_EVERY = 97;

    private static final List<Published> TERM = published(term(2013, CASES, CHECKPOINT_EVERY));

    @Test
    void publishesSixEventsPerCaseThreeOnEachBoardsTopic() {
        Map<String, Long> perTopic = events().stream()
            .collect(Collectors.groupingBy(published -> published.record().topic(), Collectors.counting()));

        assertThat(perTopic).containsOnly(Map.entry(Topics.CADRE_BOARD_EVENTS, 3L * CASES),
                Map.entry(Topics.EXECUTIVE_BOARD_EVENTS, 3L * CASES));
        assertThat(events()).allSatisfy(published -> {
            assertThat(published.record().key()).isEqualTo(published.envelope().getCaseId());
            assertThat(published.envelope().getProducer() + ".events").isEqualTo(
                    published.record().topic().substring("phoihop.".length()));
            assertThat(published.envelope().getTraceparent()).isNull();
            assertThat(published.record().headers()).containsEntry("eventType", published.type())
                .containsEntry("eventId", published.envelope().getEventId())
                .containsEntry("sequence", Long.toString(published.envelope().getSequence()));
        });
    }

    @Test
    void chainsEachBoardsEventsByTheHashOfTheBoardsPreviousEvent() {
        for (String producer : List.of(Topics.CADRE_BOARD, Topics.EXECUTIVE_BOARD)) {
            String previous = null;
            for (Published event : eventsOf(producer)) {
                assertThat(event.envelope().getPreviousEventHash()).as(event.type()).isEqualTo(previous);
                previous = EventHash.of(event.record().value());
            }
        }
    }

    @Test
    void signsACheckpointEveryNEventsAndOneAtTheEndThatTheBoardsPublicKeyVerifies() {
        for (String producer : List.of(Topics.CADRE_BOARD, Topics.EXECUTIVE_BOARD)) {
            PublicKey key = producer.equals(Topics.CADRE_BOARD) ? CADRE_BOARD_KEY.getPublic()
                    : EXECUTIVE_BOARD_KEY.getPublic();
            List<String> hashes = new ArrayList<>();
            List<Long> positions = new ArrayList<>();
            for (Published published : TERM) {
                if (published.record().topic().equals(Topics.checkpointsOf(producer))) {
                    Checkpoint checkpoint = published.checkpoint();
                    assertThat(published.record().key()).isEqualTo(producer);
                    assertThat(published.record().headers()).containsEntry("eventId", checkpoint.getCheckpointId())
                        .containsEntry("eventType", "Checkpoint");
                    assertThat(CheckpointStatement.verify(checkpoint, key)).isTrue();
                    assertThat(checkpoint.getStreamPosition()).isEqualTo(hashes.size());
                    assertThat(checkpoint.getLastEventHash()).isEqualTo(hashes.getLast());
                    positions.add(checkpoint.getStreamPosition());
                }
                else if (published.record().isEvent() && published.envelope().getProducer().equals(producer)) {
                    hashes.add(EventHash.of(published.record().value()));
                }
            }
            assertThat(positions).containsExactly(97L, 194L, 291L, 388L, 485L, 582L, 679L, 776L, 873L, 900L);
        }
    }

    @Test
    void numbersEachCasesEventsPerBoardFromOneInTheOrderTheBoardsTakeThem() {
        Map<String, List<String>> steps = new HashMap<>();
        for (Published event : events()) {
            List<String> caseSteps = steps.computeIfAbsent(event.envelope().getCaseId(), id -> new ArrayList<>());
            caseSteps.add(event.envelope().getProducer() + " " + event.envelope().getSequence() + " " + event.type());
        }

        assertThat(steps).hasSize(CASES).allSatisfy((caseId, caseSteps) -> assertThat(caseSteps).containsExactly(
                "cadre-board 1 ConsultationRequested", "executive-board 1 ConsultationReceived",
                "executive-board 2 MemberReviewRecorded", "executive-board 3 OpinionIssued",
                "cadre-board 2 DecisionMeetingRecorded", "cadre-board 3 DecisionFinalised"));
    }

    @Test
    void eachBoardsEventsOccurOneAfterAnotherAndReachTheBrokerAfterTheyOccurred() {
        for (String producer : List.of(Topics.CADRE_BOARD, Topics.EXECUTIVE_BOARD)) {
            Instant previous = Instant.EPOCH;
            for (Published event : eventsOf(producer)) {
                Instant occurredAt = event.envelope().getOccurredAt();
                assertThat(occurredAt).isAfter(previous);
                assertThat(event.record().timestamp()).isAfter(occurredAt);
                previous = occurredAt;
            }
        }
    }

    @Test
    void theWholeTermLiesInThePastSinceABrokerRefusesRecordsFromTheFuture() {
        assertThat(TERM).allSatisfy(published -> assertThat(published.record().timestamp()).isBefore(Instant.now()));
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        List<byte[]> once = values(term(2013, 40, 10));
        List<byte[]> again = values(term(2013, 40, 10));
        List<byte[]> other = values(term(2014, 40, 10));

        assertThat(again).hasSameSizeAs(once);
        for (int i = 0; i < once.size(); i++) {
            assertThat(again.get(i)).isEqualTo(once.get(i));
            assertThat(other.get(i)).isNotEqualTo(once.get(i));
        }
    }

    @Test
    void aTermOfNoCasesHasNoRecords() {
        assertThat(term(1, 0, 10).records()).isEmpty();
    }

    private static List<byte[]> values(SyntheticTerm term) {
        return term.records().map(TermRecord::value).toList();
    }

    private static List<Published> events() {
        return TERM.stream().filter(published -> published.record().isEvent()).toList();
    }

    private static List<Published> eventsOf(String producer) {
        return events().stream().filter(event -> event.envelope().getProducer().equals(producer)).toList();
    }
}
