package vn.phoihop.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.HdrHistogram.Histogram;

import vn.phoihop.events.EventHash;
import vn.phoihop.testing.history.SyntheticTerm;

/**
 * One thread of {@link PostgresCeiling} on its own connection: commits platform-shaped transactions until the end of
 * the run. Each writer has cases of its own, so only the chained variant's stream head is shared.
 */
final class CeilingWriter implements Callable<CeilingWriter.Tally> {

    // about as big as a case's state document, an event's Avro payload and its headers in the platform; the
    // payload is random bytes, so that nothing compresses it below what real Avro takes
    private static final String DOCUMENT = """
            {"caseId":"%s","status":"%s","version":%d,"proposal":{"rationale":"%s"}}""";
    private static final String RATIONALE = "x".repeat(1_400);
    private static final int PAYLOAD_BYTES = 500;
    private static final String HEADERS = """
            {"eventId":"%s","eventType":"vn.phoihop.events.CeilingEvent","caseId":"%s","sequence":"%d",\
            "producer":"ceiling","occurredAt":"%s","regulationVersion":"2026.1",\
            "traceparent":"00-%016x%016x-%016x-01"}""";

    private final Connection connection;
    private final String writer;
    private final PostgresCeiling.Variant variant;
    private final long measuredFrom;
    private final long until;
    private final AtomicBoolean failed;

    /**
     * @param measuredFrom {@link System#nanoTime()} from which commits count: the end of the warm-up
     * @param until when to stop, on the same clock
     * @param failed set by the first writer that fails, so that the others stop too
     */
    CeilingWriter(Connection connection, int writer, PostgresCeiling.Variant variant, long measuredFrom, long until,
            AtomicBoolean failed) {
        this.connection = connection;
        this.writer = "W" + writer;
        this.variant = variant;
        this.measuredFrom = measuredFrom;
        this.until = until;
        this.failed = failed;
    }

    /**
     * @param committed every commit, warm-up included
     * @param latencyMicros the commits within the measured window only
     */
    record Tally(long committed, Histogram latencyMicros) {
    }

    @Override
    public Tally call() throws SQLException {
        Histogram latencyMicros = new Histogram(3);
        long committed = 0;
        connection.setAutoCommit(false);
        try (Statements statements = new Statements(connection)) {
            for (long now = System.nanoTime(); now < until && !failed.get(); now = System.nanoTime()) {
                write(statements, committed);
                connection.commit();
                committed++;
                long done = System.nanoTime();
                if (done >= measuredFrom && done < until) {
                    latencyMicros.recordValue(TimeUnit.NANOSECONDS.toMicros(done - now));
                }
            }
        } catch (SQLException | RuntimeException e) {
            failed.set(true);
            throw e;
        }
        return new Tally(committed, latencyMicros);
    }

    // a case is created, then changes state once per event of a consultation cycle, as in the synthetic term
    private void write(Statements statements, long transaction) throws SQLException {
        String caseId = writer + "-" + transaction / SyntheticTerm.EVENTS_PER_CASE;
        long sequence = transaction % SyntheticTerm.EVENTS_PER_CASE + 1;
        statements.upsertCase.setString(1, caseId);
        statements.upsertCase.setString(2, "STATE_" + sequence);
        statements.upsertCase.setString(3, DOCUMENT.formatted(caseId, "STATE_" + sequence, sequence, RATIONALE));
        statements.upsertCase.executeUpdate();
        byte[] payload = new byte[PAYLOAD_BYTES];
        ThreadLocalRandom.current().nextBytes(payload);
        if (variant == PostgresCeiling.Variant.CHAINED) {
            advanceStreamHead(statements, payload);
        }
        UUID eventId = UUID.randomUUID();
        statements.insertOutbox.setObject(1, eventId);
        statements.insertOutbox.setString(2, caseId);
        statements.insertOutbox.setLong(3, sequence);
        statements.insertOutbox.setBytes(4, payload);
        statements.insertOutbox.setString(5, HEADERS.formatted(eventId, caseId, sequence, Instant.now(),
                eventId.getMostSignificantBits(), eventId.getLeastSignificantBits(), transaction));
        statements.insertOutbox.executeUpdate();
    }

    private void advanceStreamHead(Statements statements, byte[] payload) throws SQLException {
        try (ResultSet head = statements.lockStreamHead.executeQuery()) {
            if (!head.next()) {
                throw new IllegalStateException("The stream head row is missing");
            }
        }
        statements.advanceStreamHead.setString(1, EventHash.of(payload));
        statements.advanceStreamHead.executeUpdate();
    }

    /** Prepared once per connection, as a pool's statement cache would keep them. */
    private static final class Statements implements AutoCloseable {

        final PreparedStatement upsertCase;
        final PreparedStatement lockStreamHead;
        final PreparedStatement advanceStreamHead;
        final PreparedStatement insertOutbox;

        Statements(Connection connection) throws SQLException {
            upsertCase = connection.prepareStatement("""
                    insert into ceiling_case (id, status, version, document) values (?, ?, 1, ?::jsonb)
                    on conflict (id) do update set status = excluded.status, version = ceiling_case.version + 1,
                        document = excluded.document""");
            lockStreamHead = connection.prepareStatement(
                    "select last_hash from ceiling_stream where producer = '" + CeilingTables.PRODUCER
                            + "' for update");
            advanceStreamHead = connection.prepareStatement(
                    "update ceiling_stream set last_hash = ?, last_position = last_position + 1 where producer = '"
                            + CeilingTables.PRODUCER + "'");
            insertOutbox = connection.prepareStatement("""
                    insert into ceiling_outbox (id, aggregate_type, aggregate_id, event_type, topic, sequence,
                        payload, headers)
                    values (?, 'case', ?, 'CeilingEvent', 'ceiling.events', ?, ?, ?::jsonb)""");
        }

        @Override
        public void close() throws SQLException {
            upsertCase.close();
            lockStreamHead.close();
            advanceStreamHead.close();
            insertOutbox.close();
        }
    }
}
