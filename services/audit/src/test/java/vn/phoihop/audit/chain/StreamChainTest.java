package vn.phoihop.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.phoihop.audit.history.HistoryEvent;
import vn.phoihop.audit.verdict.Violation;
import vn.phoihop.events.CaseWithdrawn;
import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.CheckpointStatement;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.Topics;

class StreamChainTest {

    private final ChainedEvents stream = new ChainedEvents(30, 3);

    private final StreamChain chain = new StreamChain(Topics.CADRE_BOARD, this.stream.keyring("cadre-board-1"));

    @Test
    void anUntouchedStreamLinksWhateverTheInterleavingOfItsPartitions() {
        interleaved(this.stream.events, new Random(7)).forEach(this.chain::accept);
        this.chain.accept(this.stream.checkpoint(30, "cadre-board-1"));

        StreamVerdict verdict = this.chain.finish();

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.linked()).isEqualTo(30);
        assertThat(verdict.attested()).isEqualTo(30);
        assertThat(verdict.unattested()).isZero();
    }

    @Test
    void anAlteredPayloadBreaksTheLinkOfTheNextEvent() {
        List<HistoryEvent> events = new ArrayList<>(this.stream.events);
        CaseWithdrawn original = (CaseWithdrawn) events.get(10).event();
        CaseWithdrawn altered = CaseWithdrawn.newBuilder(original).setReason("a different reason").build();
        events.set(10, ChainedEvents.historyEvent(altered, ChainedEvents.CODEC.encode(altered), 1, 3));

        events.forEach(this.chain::accept);

        assertThat(rules(this.chain.finish())).containsExactly("chain-link");
    }

    @Test
    void aRemovedEventBreaksTheChainAndARemovedTailFallsShortOfTheCheckpoint() {
        List<HistoryEvent> events = new ArrayList<>(this.stream.events);
        events.remove(12);
        events.forEach(this.chain::accept);
        assertThat(rules(this.chain.finish())).containsExactly("chain-link");

        StreamChain truncated = new StreamChain(Topics.CADRE_BOARD, this.stream.keyring("cadre-board-1"));
        this.stream.events.subList(0, 28).forEach(truncated::accept);
        truncated.accept(this.stream.checkpoint(30, "cadre-board-1"));
        assertThat(rules(truncated.finish())).containsExactly("checkpoint-covers");
    }

    @Test
    void swappedEventsOfOnePartitionAreReordered() {
        List<HistoryEvent> events = new ArrayList<>(this.stream.events);
        HistoryEvent third = events.get(3);
        HistoryEvent sixth = events.get(6);
        events.set(3, at(sixth, third.offset()));
        events.set(6, at(third, sixth.offset()));
        events.sort(Comparator.comparingLong(HistoryEvent::offset));

        events.forEach(this.chain::accept);

        assertThat(rules(this.chain.finish())).containsExactly("stream-order");
    }

    @Test
    void anInsertedEventForksTheChain() {
        CaseWithdrawn forged = ChainedEvents.event(99, this.stream.events.get(4).hash(), "forged");
        List<HistoryEvent> events = new ArrayList<>(this.stream.events);
        events.add(ChainedEvents.historyEvent(forged, ChainedEvents.CODEC.encode(forged), 0, 100));

        events.forEach(this.chain::accept);

        assertThat(rules(this.chain.finish())).containsExactly("chain-fork");
    }

    @Test
    void aRecordRepeatingAnEventByteForByteIsARedeliveredCopyOfIt() {
        List<HistoryEvent> events = new ArrayList<>(this.stream.events);
        events.add(at(events.get(5), 100));

        List<Boolean> accepted = events.stream().map(this.chain::accept).toList();

        StreamVerdict verdict = this.chain.finish();
        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.redelivered()).isOne();
        assertThat(verdict.linked()).isEqualTo(this.stream.events.size());
        assertThat(accepted.getLast()).as("the copy is not judged again").isFalse();
    }

    @Test
    void aCopyReadBeforeItsPredecessorIsStillOnlyACopy() {
        List<HistoryEvent> events = new ArrayList<>(this.stream.events);
        HistoryEvent early = events.remove(7);
        events.add(3, early);
        events.add(4, at(early, 200));

        events.forEach(this.chain::accept);

        StreamVerdict verdict = this.chain.finish();
        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.redelivered()).isOne();
    }

    @Test
    void anEventOfAnotherProducerDoesNotBelongOnTheStream() {
        CaseWithdrawn original = (CaseWithdrawn) this.stream.events.get(29).event();
        CaseWithdrawn foreign = CaseWithdrawn.newBuilder(original)
            .setEnvelope(Envelope.newBuilder(original.getEnvelope()).setProducer(Topics.EXECUTIVE_BOARD).build())
            .build();

        this.stream.events.subList(0, 29).forEach(this.chain::accept);
        this.chain.accept(ChainedEvents.historyEvent(foreign, ChainedEvents.CODEC.encode(foreign), 2, 9));

        assertThat(rules(this.chain.finish())).containsExactly("producer-owns-stream");
    }

    @Test
    void aCheckpointSignedByAnUnknownKeyOrAlteredAfterSigningIsRefused() {
        this.stream.events.forEach(this.chain::accept);
        this.chain.accept(this.stream.checkpoint(10, "cadre-board-unknown"));
        Checkpoint altered = this.stream.checkpoint(20, "cadre-board-1");
        altered.setStreamPosition(21);
        this.chain.accept(altered);
        this.chain.accept(this.stream.checkpoint(26, "cadre-board-1"));

        StreamVerdict verdict = this.chain.finish();

        assertThat(rules(verdict)).containsExactly("checkpoint-signature", "checkpoint-signature");
        assertThat(verdict.attested()).isEqualTo(26);
    }

    @Test
    void aCheckpointOverAnotherHashThanTheChainsDoesNotCoverIt() {
        this.stream.events.forEach(this.chain::accept);
        this.chain.accept(CheckpointStatement.sign("c", Topics.CADRE_BOARD, 25, this.stream.events.get(3).hash(),
                ChainedEvents.START, "cadre-board-1", this.stream.key.getPrivate()));

        assertThat(rules(this.chain.finish())).containsExactly("checkpoint-covers");
    }

    @Test
    void aRotatedKeyKeepsOldCheckpointsValid() {
        KeyPair next = CheckpointStatement.newKeyPair();
        Keyring both = new Keyring(Map.of(Topics.CADRE_BOARD, Map.<String, PublicKey>of("cadre-board-1",
                this.stream.key.getPublic(), "cadre-board-2", next.getPublic())));
        StreamChain rotated = new StreamChain(Topics.CADRE_BOARD, both);
        this.stream.events.forEach(rotated::accept);
        rotated.accept(this.stream.checkpoint(15, "cadre-board-1"));
        rotated.accept(CheckpointStatement.sign("c2", Topics.CADRE_BOARD, 30,
                this.stream.events.get(29).hash(), ChainedEvents.START, "cadre-board-2", next.getPrivate()));

        StreamVerdict verdict = rotated.finish();

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.attested()).isEqualTo(30);
    }

    private static HistoryEvent at(HistoryEvent event, long offset) {
        return new HistoryEvent(event.event(), event.envelope(), event.hash(), event.topic(), event.partition(), offset,
                event.brokerTime());
    }

    /** Each partition in order, the partitions interleaved at random, as a consumer may hand them over. */
    private static List<HistoryEvent> interleaved(List<HistoryEvent> events, Random random) {
        List<List<HistoryEvent>> partitions = new ArrayList<>();
        for (HistoryEvent event : events) {
            while (partitions.size() <= event.partition()) {
                partitions.add(new ArrayList<>());
            }
            partitions.get(event.partition()).add(event);
        }
        partitions.forEach(Collections::reverse);
        List<HistoryEvent> out = new ArrayList<>();
        while (partitions.stream().anyMatch(partition -> !partition.isEmpty())) {
            List<HistoryEvent> partition = partitions.get(random.nextInt(partitions.size()));
            if (!partition.isEmpty()) {
                out.add(partition.removeLast());
            }
        }
        return out;
    }

    private static List<String> rules(StreamVerdict verdict) {
        return verdict.violations().stream().map(Violation::rule).toList();
    }
}
