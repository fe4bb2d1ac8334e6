package vn.phoihop.audit.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Predicate;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.audit.chain.ChainRules;
import vn.phoihop.audit.chain.Keyring;
import vn.phoihop.audit.chain.StreamChain;
import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.history.HistoryEvent;
import vn.phoihop.audit.history.TopicRecord;
import vn.phoihop.audit.verdict.Violation;
import vn.phoihop.audit.verification.CaseVerdict;
import vn.phoihop.audit.verification.CaseVerification;
import vn.phoihop.events.CaseWithdrawn;
import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.UndecodableEventException;
import vn.phoihop.regulation.Regulations;

/**
 * One audit run: reads a history once, rebuilds each board's chain and every case, and verifies them. Reading and
 * verifying run on two threads, so that the audit keeps up with the consumer. A closed case is verified and let go
 * once every partition has been read past its closing event plus {@link #SETTLING}, so memory follows the open cases,
 * not the whole history.
 */
public final class Replay {

    /** How far the boards' clocks may disagree; a case is judged only once both topics are read this far past it. */
    static final Duration SETTLING = Duration.ofMinutes(5);

    private static final HistorySource.Batch END = new HistorySource.Batch(List.of(), Instant.MAX);

    private final EventCodec codec = EventCodec.create();

    private final CaseVerification verification;

    private final Keyring keyring;

    private final AuditedTopics topics;

    private final Predicate<String> keep;

    /**
     * @param keep which cases' histories the result keeps (reports, point-in-time views); the others are only judged
     */
    public Replay(Regulations regulations, Keyring keyring, AuditedTopics topics, Predicate<String> keep) {
        this.verification = new CaseVerification(regulations);
        this.keyring = keyring;
        this.topics = topics;
        this.keep = keep;
    }

    public AuditResult run(HistorySource source) {
        BlockingQueue<HistorySource.Batch> batches = new ArrayBlockingQueue<>(8);
        Run run = new Run();
        RuntimeException[] failure = new RuntimeException[1];
        Thread reader = Thread.ofPlatform().name("audit-reader").start(() -> {
            try {
                source.read(batch -> put(batches, batch));
            }
            catch (RuntimeException ex) {
                failure[0] = ex;
            }
            finally {
                put(batches, END);
            }
        });
        try {
            for (HistorySource.Batch batch = batches.take(); batch != END; batch = batches.take()) {
                batch.records().forEach(run::accept);
                run.settle(batch.readEverywhereUpTo());
            }
            reader.join();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            reader.interrupt();
            throw new IllegalStateException("the audit was interrupted", ex);
        }
        if (failure[0] != null) {
            throw new HistoryUnreadable(failure[0]);
        }
        return run.finish();
    }

    private static void put(BlockingQueue<HistorySource.Batch> batches, HistorySource.Batch batch) {
        try {
            batches.put(batch);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the audit was interrupted", ex);
        }
    }

    /** The state of one run, touched by the verifying thread only. */
    private final class Run {

        private final Map<String, StreamChain> chains = new LinkedHashMap<>();

        private final Map<String, CaseHistory> open = new HashMap<>();

        private final Map<String, CaseHistory> kept = new HashMap<>();

        private final Set<String> closed = new HashSet<>();

        private final PriorityQueue<Closing> closings = new PriorityQueue<>();

        private final List<CaseVerdict> verdicts = new ArrayList<>();

        private final List<Violation> records = new ArrayList<>();

        private long count;

        Run() {
            AuditedTopics.BOARDS.forEach(board -> this.chains.put(board, new StreamChain(board, keyring)));
        }

        void accept(TopicRecord record) {
            this.count++;
            topics.checkpointsOwner(record.topic()).ifPresentOrElse(
                    board -> decode(record, board).ifPresent(event -> checkpoint(record, board, event)),
                    () -> topics.eventsOwner(record.topic()).ifPresent(
                            board -> decode(record, board).ifPresent(event -> event(record, board, event))));
        }

        private Optional<SpecificRecord> decode(TopicRecord record, String board) {
            try {
                return Optional.of(codec.decode(record.value()));
            }
            catch (UndecodableEventException ex) {
                this.records.add(Violation.ofStream(ChainRules.DECODABLE.id(), board, null, null,
                        "%s-%d@%d: %s".formatted(record.topic(), record.partition(), record.offset(), ex.getMessage())));
                return Optional.empty();
            }
        }

        private void checkpoint(TopicRecord record, String board, SpecificRecord event) {
            if (event instanceof Checkpoint checkpoint) {
                this.chains.get(board).accept(checkpoint);
            }
            else {
                misplaced(record, board, event.getSchema().getName() + " on a checkpoints topic");
            }
        }

        private void event(TopicRecord record, String board, SpecificRecord event) {
            if (event instanceof Checkpoint) {
                misplaced(record, board, "a checkpoint on an events topic");
                return;
            }
            HistoryEvent historyEvent = HistoryEvent.of(event, record);
            this.chains.get(board).accept(historyEvent);
            String caseId = historyEvent.caseId();
            if (this.closed.contains(caseId)) {
                this.records.add(Violation.ofCase("closed-case", caseId, historyEvent.eventId(),
                        "%s was read after the case had been closed and judged".formatted(historyEvent)));
                return;
            }
            CaseHistory history = this.open.computeIfAbsent(caseId, CaseHistory::new);
            history.add(historyEvent);
            if (event instanceof DecisionFinalised || event instanceof CaseWithdrawn) {
                this.closings.add(new Closing(historyEvent.brokerTime().plus(SETTLING), caseId));
            }
        }

        private void misplaced(TopicRecord record, String board, String what) {
            this.records.add(Violation.ofStream(ChainRules.DECODABLE.id(), board, null, null,
                    "%s-%d@%d holds %s".formatted(record.topic(), record.partition(), record.offset(), what)));
        }

        void settle(Instant everywhere) {
            while (!this.closings.isEmpty() && !this.closings.peek().settledAt().isAfter(everywhere)) {
                Closing closing = this.closings.poll();
                CaseHistory history = this.open.remove(closing.caseId());
                if (history != null) {
                    judge(history);
                    this.closed.add(closing.caseId());
                }
            }
        }

        private void judge(CaseHistory history) {
            this.verdicts.add(verification.verify(history));
            if (keep.test(history.caseId())) {
                this.kept.put(history.caseId(), history);
            }
        }

        AuditResult finish() {
            this.open.values().forEach(this::judge);
            return new AuditResult(this.count, this.chains.values().stream().map(StreamChain::finish).toList(),
                    List.copyOf(this.verdicts), List.copyOf(this.records), Map.copyOf(this.kept));
        }
    }

    private record Closing(Instant settledAt, String caseId) implements Comparable<Closing> {

        @Override
        public int compareTo(Closing other) {
            return this.settledAt.compareTo(other.settledAt);
        }
    }
}
