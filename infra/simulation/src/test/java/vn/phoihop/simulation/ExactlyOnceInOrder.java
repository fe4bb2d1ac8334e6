package vn.phoihop.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import vn.phoihop.cadreboard.cases.domain.ConsultationRequested;
import vn.phoihop.executiveboard.consultations.domain.ConsultationReceived;
import vn.phoihop.executiveboard.consultations.domain.ConsultationRefused;
import vn.phoihop.executiveboard.consultations.domain.MemberReviewRecorded;
import vn.phoihop.executiveboard.consultations.domain.OpinionIssued;

/**
 * Invariant 3: each board's history is exactly once and in order per case. Per producer and case the sequences
 * are 1..n and the aggregate's last sequence is n; event ids are unique; every message a board applied came from
 * the other board, at most once, and with order per case kept by the network, in the order sent; a duplicate
 * changes nothing; an event's origin can be followed (the request a receipt answers, the review an opinion names).
 */
final class ExactlyOnceInOrder implements Invariant {

    @Override
    public String name() {
        return "Invariant 3 (exactly once, in order per case)";
    }

    @Override
    public void check(World world) {
        sequences("cadre board", world.cadre.outbox(),
                id -> world.cadre.snapshot().get(id).lastSequence());
        sequences("executive board", world.executive.outbox(),
                id -> world.executive.snapshot().get(id).lastSequence());
        List<UUID> ids = Stream.concat(world.cadre.outbox().stream(), world.executive.outbox().stream())
            .map(Message::eventId)
            .toList();
        assertThat(ids).as("event ids").doesNotHaveDuplicates();
        received(world, Direction.TO_EXECUTIVE_BOARD, world.cadre.outbox());
        received(world, Direction.TO_CADRE_BOARD, world.executive.outbox());
        for (Duplicate duplicate : world.duplicates) {
            if (!duplicate.after().equals(duplicate.before())) {
                throw new AssertionError("#" + duplicate.step() + " duplicate " + duplicate.message()
                        + " changed the state: " + StateDiff.of(duplicate.before(), duplicate.after()));
            }
            assertThat(duplicate.eventsAfter()).as("#%d duplicate %s publishes nothing", duplicate.step(),
                    duplicate.message())
                .isEqualTo(duplicate.eventsBefore());
        }
        origins(world);
    }

    private static void sequences(String board, List<Message> outbox, Function<UUID, Long> lastSequence) {
        Map<UUID, List<Long>> perCase = new LinkedHashMap<>();
        outbox.forEach(m -> perCase.computeIfAbsent(m.caseId(), id -> new ArrayList<>()).add(m.sequence()));
        perCase.forEach((caseId, sequences) -> {
            assertThat(sequences).as("%s's sequences of case %s", board, Labels.of(caseId))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, sequences.size()).boxed().toList());
            assertThat(lastSequence.apply(caseId)).as("%s's last sequence of case %s", board, Labels.of(caseId))
                .isEqualTo(sequences.size());
        });
    }

    private static void received(World world, Direction direction, List<Message> senderOutbox) {
        List<Message> applied = world.applied.get(direction);
        assertThat(applied).as("%s: applied at most once", direction).doesNotHaveDuplicates();
        assertThat(senderOutbox).as("%s: applied only what the other board published", direction)
            .containsAll(applied);
        if (world.network.delivery() == Delivery.ORDERED_PER_CASE) {
            Map<UUID, List<Message>> perCase = new LinkedHashMap<>();
            applied.forEach(m -> perCase.computeIfAbsent(m.caseId(), id -> new ArrayList<>()).add(m));
            perCase.forEach((caseId, messages) -> {
                List<Message> sent = senderOutbox.stream().filter(m -> m.caseId().equals(caseId)).toList();
                assertThat(messages).as("%s: case %s applied in the order sent, none skipped", direction,
                        Labels.of(caseId))
                    .containsExactlyElementsOf(sent.subList(0, Math.min(messages.size(), sent.size())));
            });
        }
    }

    private static void origins(World world) {
        Set<UUID> seenReviews = new HashSet<>();
        for (Message message : world.executive.outbox()) {
            switch (message.event()) {
                case ConsultationReceived received -> request(world, message, received.requestEventId(),
                        received.proposalVersion());
                case ConsultationRefused refused -> request(world, message, refused.requestEventId(),
                        refused.proposalVersion());
                case MemberReviewRecorded review -> seenReviews.add(message.eventId());
                case OpinionIssued issued when issued.opinion().reviewEventId() != null -> {
                    MemberReviewRecorded review = History
                        .find(world.executive.outbox(), issued.opinion().reviewEventId(), MemberReviewRecorded.class)
                        .orElseThrow(() -> new AssertionError(message + " names no review of this board"));
                    assertThat(seenReviews).as("%s names a review published before it", message)
                        .contains(issued.opinion().reviewEventId());
                    assertThat(review.caseId()).as("%s: case of its review", message).isEqualTo(issued.caseId());
                    assertThat(review.review().proposalVersion()).as("%s: version of its review", message)
                        .isEqualTo(issued.opinion().proposalVersion());
                }
                default -> {
                    // nothing referred to
                }
            }
        }
    }

    private static void request(World world, Message message, UUID requestId, int version) {
        ConsultationRequested request = History.find(world.cadre.outbox(), requestId, ConsultationRequested.class)
            .orElseThrow(() -> new AssertionError(message + " answers no request of the cadre board"));
        assertThat(request.caseId().value()).as("%s: case of its request", message).isEqualTo(message.caseId());
        assertThat(request.proposalVersion()).as("%s: version of its request", message).isEqualTo(version);
    }

}
