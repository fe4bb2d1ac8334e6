package vn.phoihop.audit.service;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.audit.chain.Keyring;
import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.history.HistoryEvent;
import vn.phoihop.audit.history.TopicRecord;
import vn.phoihop.audit.replay.AuditResult;
import vn.phoihop.audit.replay.AuditedTopics;
import vn.phoihop.audit.replay.KafkaHistory;
import vn.phoihop.audit.replay.Replay;
import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.UndecodableEventException;
import vn.phoihop.regulation.Regulations;

/**
 * Keeps the audit's copy of the topics up to date and judges it again whenever it grows. It only reads Kafka: the
 * boards never hear from the audit.
 */
public class Auditor {

    private static final Logger logger = LoggerFactory.getLogger(Auditor.class);

    private final AuditSettings settings;

    private final RecordArchive archive;

    private final ReadModel readModel;

    private final Regulations regulations;

    private final Keyring keyring;

    private final TransactionTemplate transaction;

    private final Clock clock;

    private final EventCodec codec = EventCodec.create();

    private final ReentrantLock lock = new ReentrantLock();

    private final AuditedTopics topics;

    private final AtomicLong judgements = new AtomicLong();

    public Auditor(AuditSettings settings, RecordArchive archive, ReadModel readModel, Regulations regulations,
            Keyring keyring, TransactionTemplate transaction, Clock clock) {
        this.settings = settings;
        this.archive = archive;
        this.readModel = readModel;
        this.regulations = regulations;
        this.keyring = keyring;
        this.transaction = transaction;
        this.clock = clock;
        this.topics = AuditedTopics.withPrefix(settings.topicPrefix());
    }

    @Scheduled(initialDelayString = "${phoihop.audit.ingest-interval:2s}",
            fixedDelayString = "${phoihop.audit.ingest-interval:2s}")
    public void catchUp() {
        try {
            ingest();
        }
        catch (RuntimeException ex) {
            // the next round retries from the stored positions; nothing half-read is kept
            logger.warn("Reading the boards' topics failed, retrying in {}: {}", this.settings.ingestInterval(),
                    ex.getMessage());
        }
    }

    /** Reads what is new on the topics and, if anything was, judges the whole copy again. */
    public long ingest() {
        this.lock.lock();
        try {
            long before = this.archive.count();
            KafkaHistory history = new KafkaHistory(this.settings.consumerSettings(), this.topics.all(),
                    this.archive.positions(), this.settings.patience());
            history.read(batch -> this.archive.append(batch.records()));
            long added = this.archive.count() - before;
            if (added > 0 || this.judgements.get() == 0) {
                judge();
            }
            return added;
        }
        finally {
            this.lock.unlock();
        }
    }

    /** Drops the copy and everything judged, and reads the topics again from the beginning. */
    public long rebuild() {
        this.lock.lock();
        try {
            this.transaction.executeWithoutResult(status -> {
                this.archive.clear();
                this.readModel.clear();
            });
            this.judgements.set(0);
            return ingest();
        }
        finally {
            this.lock.unlock();
        }
    }

    /** A fresh judgement of the whole copy that keeps every case's history, for reports. */
    public AuditResult replayKeepingHistories() {
        return new Replay(this.regulations, this.keyring, this.topics, any -> true).run(this.archive);
    }

    /** The case's events from both boards as the copy holds them; empty when the case is unknown. */
    public CaseHistory historyOf(String caseId) {
        CaseHistory history = new CaseHistory(caseId);
        for (TopicRecord record : this.archive.recordsOf(caseId)) {
            if (this.topics.eventsOwner(record.topic()).isEmpty()) {
                continue;
            }
            try {
                var event = this.codec.decode(record.value());
                if (!(event instanceof Checkpoint)) {
                    history.add(HistoryEvent.of(event, record));
                }
            }
            catch (UndecodableEventException | IllegalArgumentException ex) {
                // the judgement reports undecodable and misplaced records; a view of the case leaves them out
            }
        }
        return history;
    }

    private void judge() {
        AuditResult result = new Replay(this.regulations, this.keyring, this.topics, any -> false).run(this.archive);
        this.transaction.executeWithoutResult(status -> this.readModel.replace(result, this.clock.instant()));
        this.judgements.incrementAndGet();
        logger.info("Judged {} records: {} cases, {}", result.records(), result.cases().size(),
                result.clean() ? "clean" : result.violations().count() + " violations");
    }
}
