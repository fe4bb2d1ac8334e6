package vn.phoihop.audit.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.audit.chain.Keyring;
import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.history.TopicRecord;
import vn.phoihop.audit.replay.AuditResult;
import vn.phoihop.audit.replay.AuditedTopics;
import vn.phoihop.audit.replay.HistorySource;
import vn.phoihop.audit.replay.KafkaHistory;
import vn.phoihop.audit.replay.Replay;
import vn.phoihop.audit.report.TermReport;
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
            KafkaHistory history = new KafkaHistory(this.settings.consumerSettings(), this.topics.all(),
                    this.archive.positions(), this.settings.patience());
            AtomicLong added = new AtomicLong();
            history.read(batch -> added.addAndGet(this.archive.append(batch.records())));
            if (added.get() > 0 || this.judgements.get() == 0) {
                judge();
            }
            return added.get();
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

    /** A fresh judgement of the whole copy, keeping the histories of the cases {@code keep} names, for reports. */
    public AuditResult replay(Predicate<String> keep) {
        return new Replay(this.regulations, this.keyring, this.topics, keep).run(this.archive);
    }

    /** The term report of the whole copy, counted from the cases' histories. */
    public TermReport termReport(LocalDate from, LocalDate to) {
        return TermReport.of(replay(any -> true).kept().values(), from, to);
    }

    /**
     * The case's events from both boards as the copy holds them, read as a judgement reads them; empty when the
     * case is unknown.
     */
    public CaseHistory historyOf(String caseId) {
        List<TopicRecord> records = this.archive.recordsOf(caseId);
        return new Replay(this.regulations, this.keyring, this.topics, caseId::equals)
            .run(batches -> batches.accept(new HistorySource.Batch(records, Instant.MAX)))
            .history(caseId)
            .orElseGet(() -> new CaseHistory(caseId));
    }

    private void judge() {
        AuditResult result = replay(any -> false);
        this.transaction.executeWithoutResult(status -> this.readModel.replace(result, this.clock.instant()));
        this.judgements.incrementAndGet();
        logger.info("Judged {} records: {} cases, {}", result.records(), result.cases().size(),
                result.clean() ? "clean" : result.violations().count() + " violations");
    }
}
