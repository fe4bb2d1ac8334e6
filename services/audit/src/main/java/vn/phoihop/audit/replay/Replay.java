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
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * One audit run: reads a history once, rebuilds each board's chain and every case, and verifies them. Three stages
 * keep the cores busy: the reading thread also decodes and hashes; one thread links the chains and gathers each
 * case's events, which must see the records in order; judging closed cases runs beside it. A closed case is judged
 * and let go once every partition has been read {@link #SETTLING} of broker time past its closing event, so memory
 * follows the open cases, not the whole history.
 */
public final class Replay {

    /** How far the boards' clocks may disagree; a case is judged only once both topics are read this far past it. */
    static final Duration SETTLING = Duration.ofMinutes(5);

    private static final Batch END = new Batch(List.of(), Instant.MAX);

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
        BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(8);
        RuntimeException[] failure = new RuntimeException[1];
        Thread reader = Thread.ofPlatform().name("audit-reader").start(() -> {
            try {
                source.read(batch -> put(batches, decode(batch)));
            }
            catch (RuntimeException ex) {
                failure[0] = ex;
            }
            finally {
                put(batches, END);
            }
        });
        int judges = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        try (ExecutorService judging = Executors.newFixedThreadPool(judges, Thread.ofPlatform().name("audit-judge-", 0)
            .factory())) {
            Run run = new Run(judging);
            for (Batch batch = batches.take(); batch != END; batch = batches.take()) {
                batch.records().forEach(run::accept);
                run.settle(batch.readEverywhereUpTo());
            }
            reader.join();
            if (failure[0] != null) {
                throw new HistoryUnreadable(failure[0]);
            }
            return run.finish();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            reader.interrupt();
            throw new IllegalStateException("the audit was interrupted", ex);
        }
    }

    private Batch decode(HistorySource.Batch batch) {
        List<Read> reads = new ArrayList<>(batch.records().size());
        for (TopicRecord record : batch.records()) {
            Optional<String> checkpointsOf = this.topics.checkpointsOwner(record.topic());
            String board = checkpointsOf.or(() -> this.topics.eventsOwner(record.topic())).orElse(null);
            if (board == null) {
                continue;
            }
            boolean onCheckpoints = checkpointsOf.isPresent();
            try {
                SpecificRecord decoded = this.codec.decode(record.value());
                reads.add(new Read(record, board, onCheckpoints, decoded, (decoded instanceof Checkpoint) ? null
                        : HistoryEvent.of(decoded, record), null));
            }
            catch (UndecodableEventException ex) {
                reads.add(new Read(record, board, onCheckpoints, null, null, ex.getMessage()));
            }
        }
        return new Batch(reads, batch.readEverywhereUpTo());
    }

    private static void put(BlockingQueue<Batch> batches, Batch batch) {
        try {
            batches.put(batch);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the audit was interrupted", ex);
        }
    }

    /** Records as the reading thread hands them over: decoded, or with the reason they could not be. */
    private record Batch(List<Read> records, Instant readEverywhereUpTo) {
    }

    private record Read(TopicRecord record, String board, boolean onCheckpoints, SpecificRecord decoded,
            HistoryEvent event, String undecodable) {

        String where() {
            return "%s-%d@%d".formatted(this.record.topic(), this.record.partition(), this.record.offset());
        }
    }

    /** The ordered part of one run, on the thread that reads the batches. */
    private final class Run {

        private final ExecutorService judging;

        private final List<Future<?>> judgements = new ArrayList<>();

        private final Queue<CaseVerdict> verdicts = new ConcurrentLinkedQueue<>();

        private final Map<String, CaseHistory> kept = new ConcurrentHashMap<>();

        private final Map<String, StreamChain> chains = new LinkedHashMap<>();

        private final Map<String, CaseHistory> open = new HashMap<>();

        private final Set<String> closed = new HashSet<>();

        private final PriorityQueue<Closing> closings = new PriorityQueue<>();

        private final List<Violation> records = new ArrayList<>();

        private long count;

        Run(ExecutorService judging) {
            this.judging = judging;
            AuditedTopics.BOARDS.forEach(board -> this.chains.put(board, new StreamChain(board, keyring)));
        }

        void accept(Read read) {
            this.count++;
            if (read.undecodable() != null) {
                this.records.add(Violation.ofStream(ChainRules.DECODABLE.id(), read.board(), null, null,
                        read.where() + ": " + read.undecodable()));
            }
            else if (read.onCheckpoints()) {
                if (read.decoded() instanceof Checkpoint checkpoint) {
                    this.chains.get(read.board()).accept(checkpoint);
                }
                else {
                    misplaced(read, read.decoded().getSchema().getName() + " on a checkpoints topic");
                }
            }
            else if (read.event() == null) {
                misplaced(read, "a checkpoint on an events topic");
            }
            else {
                event(read.board(), read.event());
            }
        }

        private void event(String board, HistoryEvent event) {
            if (!this.chains.get(board).accept(event)) {
                return;
            }
            String caseId = event.caseId();
            if (this.closed.contains(caseId)) {
                this.records.add(Violation.ofCase("closed-case", caseId, event.eventId(),
                        "%s was read after the case had been closed and judged".formatted(event)));
                return;
            }
            this.open.computeIfAbsent(caseId, CaseHistory::new).add(event);
            if (event.event() instanceof DecisionFinalised || event.event() instanceof CaseWithdrawn) {
                this.closings.add(new Closing(event.brokerTime().plus(SETTLING), caseId));
            }
        }

        private void misplaced(Read read, String what) {
            this.records.add(Violation.ofStream(ChainRules.DECODABLE.id(), read.board(), null, null,
                    read.where() + " holds " + what));
        }

        void settle(Instant everywhere) {
            List<CaseHistory> settled = new ArrayList<>();
            while (!this.closings.isEmpty() && !this.closings.peek().settledAt().isAfter(everywhere)) {
                String caseId = this.closings.poll().caseId();
                CaseHistory history = this.open.remove(caseId);
                if (history != null) {
                    settled.add(history);
                    this.closed.add(caseId);
                }
            }
            judge(settled);
        }

        private void judge(List<CaseHistory> histories) {
            if (!histories.isEmpty()) {
                this.judgements.add(this.judging.submit(() -> histories.forEach(history -> {
                    this.verdicts.add(verification.verify(history));
                    if (keep.test(history.caseId())) {
                        this.kept.put(history.caseId(), history);
                    }
                })));
            }
        }

        AuditResult finish() throws InterruptedException {
            judge(List.copyOf(this.open.values()));
            for (Future<?> judgement : this.judgements) {
                try {
                    judgement.get();
                }
                catch (ExecutionException ex) {
                    throw new IllegalStateException("judging a case failed: " + ex.getCause(), ex.getCause());
                }
            }
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
