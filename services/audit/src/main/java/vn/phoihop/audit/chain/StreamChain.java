package vn.phoihop.audit.chain;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import vn.phoihop.audit.history.HistoryEvent;
import vn.phoihop.audit.verdict.Rule;
import vn.phoihop.audit.verdict.Violation;
import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.CheckpointStatement;

/**
 * Rebuilds one board's hash chain from its topic and checks it against the board's signed checkpoints. Events arrive
 * in partition order, interleaved in any way across partitions, so an event whose predecessor has not been read yet
 * waits; whatever still waits at the end is where the chain is broken.
 */
public final class StreamChain {

    private static final HexFormat HEX = HexFormat.of();

    private final String owner;

    private final Keyring keyring;

    private final ChainPositions linked = new ChainPositions();

    private final Map<String, HistoryEvent> waiting = new HashMap<>();

    private final Map<Integer, Long> lastLinkedOffset = new HashMap<>();

    private final TreeMap<Long, List<Checkpoint>> ahead = new TreeMap<>();

    private final List<Violation> violations = new ArrayList<>();

    private String head;

    private long attested;

    private long checkpoints;

    private long redelivered;

    public StreamChain(String owner, Keyring keyring) {
        this.owner = owner;
        this.keyring = keyring;
    }

    public String owner() {
        return this.owner;
    }

    /**
     * False for a redelivered copy: the same bytes as an event already read. The relay publishes at least once, so
     * after a crash a record may be on the topic twice; the copy is the same event, counted but not judged again.
     */
    public boolean accept(HistoryEvent event) {
        if (!event.producer().equals(this.owner)) {
            this.violations.add(violation(ChainRules.PRODUCER_OWNS_STREAM, event,
                    "%s on the topic of %s names %s as its producer".formatted(event, this.owner, event.producer())));
            return true;
        }
        String previous = event.envelope().getPreviousEventHash();
        if (equal(previous, this.head)) {
            link(event);
            drain();
            return true;
        }
        if (this.linked.positionOf(HEX.parseHex(event.hash())) > 0) {
            this.redelivered++;
            return false;
        }
        int predecessor = (previous == null) ? 0 : this.linked.positionOf(HEX.parseHex(previous));
        if (previous == null || predecessor > 0) {
            this.violations.add(violation(ChainRules.CHAIN_FORK, event,
                    "%s names as previous the event at position %d, which another event already follows"
                        .formatted(event, predecessor)));
            return true;
        }
        HistoryEvent rival = this.waiting.putIfAbsent(previous, event);
        if (rival != null && rival.hash().equals(event.hash())) {
            this.redelivered++;
            return false;
        }
        if (rival != null) {
            this.violations.add(violation(ChainRules.CHAIN_FORK, event, "%s and %s both name %s as previous"
                .formatted(rival, event, abbreviate(previous))));
        }
        return true;
    }

    public void accept(Checkpoint checkpoint) {
        this.checkpoints++;
        if (!checkpoint.getProducer().equals(this.owner)) {
            this.violations.add(Violation.ofStream(ChainRules.PRODUCER_OWNS_STREAM.id(), this.owner, null,
                    checkpoint.getCheckpointId(), "checkpoint on the topic of %s names %s as its producer"
                        .formatted(this.owner, checkpoint.getProducer())));
            return;
        }
        Optional<PublicKey> key = this.keyring.find(this.owner, checkpoint.getKeyId());
        if (key.isEmpty() || !CheckpointStatement.verify(checkpoint, key.get())) {
            this.violations.add(Violation.ofStream(ChainRules.CHECKPOINT_SIGNATURE.id(), this.owner, null,
                    checkpoint.getCheckpointId(), key.isEmpty()
                            ? "checkpoint at position %d names key %s, which the keyring does not hold for %s"
                                .formatted(checkpoint.getStreamPosition(), checkpoint.getKeyId(), this.owner)
                            : "checkpoint at position %d does not verify with key %s of %s"
                                .formatted(checkpoint.getStreamPosition(), checkpoint.getKeyId(), this.owner)));
            return;
        }
        if (checkpoint.getStreamPosition() <= this.linked.size()) {
            check(checkpoint);
        }
        else {
            this.ahead.computeIfAbsent(checkpoint.getStreamPosition(), any -> new ArrayList<>()).add(checkpoint);
        }
    }

    /** Ends the stream: reports where the chain is broken and the checkpoints it never reached. */
    public StreamVerdict finish() {
        List<Violation> found = new ArrayList<>(this.violations);
        Set<String> waitingHashes = new HashSet<>();
        this.waiting.values().forEach(event -> waitingHashes.add(event.hash()));
        this.waiting.forEach((previous, event) -> {
            if (!waitingHashes.contains(previous)) {
                found.add(violation(ChainRules.CHAIN_LINK, event, ("%s names previous hash %s, which no event of the "
                        + "stream has: the event after position %d was altered or removed; %d events cannot be linked")
                    .formatted(event, abbreviate(previous), this.linked.size(), this.waiting.size())));
            }
        });
        this.ahead.forEach((position, list) -> list.forEach(checkpoint -> found.add(Violation.ofStream(
                ChainRules.CHECKPOINT_COVERS.id(), this.owner, null, checkpoint.getCheckpointId(),
                "checkpoint signed position %d but the chain links only %d events: events were removed"
                    .formatted(position, this.linked.size())))));
        return new StreamVerdict(this.owner, this.linked.size(), this.waiting.size(), this.redelivered, this.checkpoints,
                this.attested, List.copyOf(found));
    }

    private void link(HistoryEvent event) {
        Long before = this.lastLinkedOffset.put(event.partition(), event.offset());
        if (before != null && before > event.offset()) {
            this.violations.add(violation(ChainRules.STREAM_ORDER, event,
                    "%s is at position %d of the chain but before offset %d of its partition, which comes earlier"
                        .formatted(event, this.linked.size() + 1, before)));
        }
        int position = this.linked.append(HEX.parseHex(event.hash()));
        this.head = event.hash();
        List<Checkpoint> reached = this.ahead.remove((long) position);
        if (reached != null) {
            reached.forEach(this::check);
        }
    }

    private void drain() {
        HistoryEvent next;
        while ((next = this.waiting.remove(this.head)) != null) {
            link(next);
        }
    }

    private void check(Checkpoint checkpoint) {
        int position = (int) checkpoint.getStreamPosition();
        if (position < 1 || !this.linked.hashAtEquals(position, HEX.parseHex(checkpoint.getLastEventHash()))) {
            this.violations.add(Violation.ofStream(ChainRules.CHECKPOINT_COVERS.id(), this.owner, null,
                    checkpoint.getCheckpointId(), "checkpoint signed hash %s at position %d; the chain has another event there"
                        .formatted(abbreviate(checkpoint.getLastEventHash()), position)));
            return;
        }
        this.attested = Math.max(this.attested, position);
    }

    private Violation violation(Rule rule, HistoryEvent event, String evidence) {
        return Violation.ofStream(rule.id(), this.owner, event.caseId(), event.eventId(), evidence);
    }

    private static boolean equal(String a, String b) {
        return (a == null) ? b == null : a.equals(b);
    }

    private static String abbreviate(String hash) {
        return (hash == null) ? "none" : hash.substring(0, Math.min(12, hash.length())) + "…";
    }
}
