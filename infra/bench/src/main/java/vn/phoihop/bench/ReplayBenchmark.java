package vn.phoihop.bench;

import java.io.PrintStream;

import vn.phoihop.servers.LocalKafka;
import vn.phoihop.testing.history.SyntheticTerm;
import vn.phoihop.testing.history.WriteSummary;

/**
 * Replay and verification: how fast {@code audit verify} replays and verifies both boards' history, against how fast
 * a bare consumer reads the same records, in the same run. A fresh real KRaft broker in this JVM gets the four topics
 * and a synthetic term of complete, rule-abiding consultation cycles (at least N events), hash-chained and signed as
 * the boards publish them; the audit must find it clean, or the benchmark fails.
 *
 * <p>Usage: {@code infra/bench/replay [events]}, by default 1,000,000 events.
 */
public final class ReplayBenchmark {

    private static final long SEED = 296;

    private static final int CHECKPOINT_EVERY = 10_000;

    private ReplayBenchmark() {
    }

    public static void main(String[] args) {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        ReplayResult result = run(events, System.out);
        if (!result.audit().clean()) {
            System.err.println("FAILED: the audit answered exit code " + result.audit().exitCode()
                    + " on a history that is clean by construction");
        }
        System.exit(result.audit().clean() ? 0 : 1);
    }

    static ReplayResult run(long events, PrintStream out) {
        try (LocalKafka kafka = LocalKafka.start(); BoardKeys keys = new BoardKeys()) {
            String bootstrapServers = kafka.bootstrapServers();
            ReplayTopics.create(bootstrapServers);
            SyntheticTerm term = SyntheticTerm.builder()
                .seed(SEED)
                .cases(SyntheticTerm.casesFor(events))
                .checkpointEvery(CHECKPOINT_EVERY)
                .cadreBoardKey(BoardKeys.CADRE_BOARD_KEY_ID, keys.cadreBoard().getPrivate())
                .executiveBoardKey(BoardKeys.EXECUTIVE_BOARD_KEY_ID, keys.executiveBoard().getPrivate())
                .build();
            out.printf("Writing %,d events of %,d cases to %s ...%n", term.eventCount(), term.cases(),
                    bootstrapServers);
            WriteSummary written = term.writeTo(bootstrapServers);
            out.printf("Written: %,.0f events/s, mean event record %.0f bytes%n", written.eventsPerSecond(),
                    written.meanEventBytes());
            // the first read warms up the JIT and the page cache; the better of two counts
            RawRead first = RawRead.once(bootstrapServers);
            RawRead second = RawRead.once(bootstrapServers);
            out.printf("Raw consumer: %,.0f then %,.0f events/s%n", first.eventsPerSecond(),
                    second.eventsPerSecond());
            RawRead raw = first.fasterOf(second);
            out.println("audit verify:");
            AuditRun audit = AuditRun.verify(bootstrapServers, keys.directory());
            ReplayResult result = new ReplayResult(written, raw, audit);
            result.print(out);
            return result;
        }
    }
}
