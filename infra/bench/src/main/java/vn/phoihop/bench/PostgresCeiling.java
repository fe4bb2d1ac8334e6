package vn.phoihop.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.HdrHistogram.Histogram;

/**
 * The ceiling for the platform's writes on one PostgreSQL server: how many single-row state + outbox transactions a
 * bare JDBC loop commits per second, each thread on its own connection, under whatever durability the server is
 * configured with (the result says which). The rows have the platform's shape and size, so a platform number divided
 * by this one is the share the platform's own code leaves of what the database can do.
 *
 * <p>Creates its tables ({@code ceiling_case}, {@code ceiling_outbox}, {@code ceiling_stream}) and drops them at the
 * end, so one measurement at a time per database.
 */
public final class PostgresCeiling {

    /** Long enough for the server-side prepared statements and the JIT; not counted. */
    private static final Duration WARM_UP = Duration.ofSeconds(1);

    private PostgresCeiling() {
    }

    /** Whether the transactions of different threads share a row. */
    public enum Variant {

        /** No shared row: the commits of concurrent transactions can share one WAL flush (group commit). */
        INDEPENDENT,

        /**
         * Each transaction also locks the one stream-head row FOR UPDATE and advances it, as the platform's hash
         * chain does: the commits of one producer serialise, one WAL flush each.
         */
        CHAINED
    }

    /**
     * @param transactions those committed within the measured {@code seconds}, after the warm-up
     * @param p50Millis from the first statement to the commit's return, as {@code p99Millis}
     * @param durability the server's {@code fsync} and {@code synchronous_commit}, as it reported them
     */
    public record Result(int threads, Variant variant, long transactions, double seconds,
            double transactionsPerSecond, double p50Millis, double p99Millis, String durability) {
    }

    /**
     * Runs {@code threads} loops of {@code variant} transactions for a one-second warm-up, then for
     * {@code duration}, against the database at {@code jdbcUrl}.
     *
     * @throws IllegalStateException if the database refuses a connection or a statement
     */
    public static Result measure(String jdbcUrl, String user, String password, Variant variant, int threads,
            Duration duration) {
        return run(jdbcUrl, user, password, variant, threads, duration).result();
    }

    /**
     * A measurement with what it left behind: every commit, warm-up included, and the outbox rows counted before the
     * tables were dropped; they are equal unless a commit was counted that did not happen, or the reverse.
     */
    record Run(Result result, long committed, long outboxRows) {
    }

    static Run run(String jdbcUrl, String user, String password, Variant variant, int threads, Duration duration) {
        if (threads < 1 || !duration.isPositive()) {
            throw new IllegalArgumentException("Needs at least one thread and a positive duration");
        }
        try (Connection setup = DriverManager.getConnection(jdbcUrl, user, password)) {
            CeilingTables.create(setup);
            try {
                List<CeilingWriter.Tally> tallies = write(jdbcUrl, user, password, variant, threads, duration);
                return new Run(result(variant, threads, duration, tallies, CeilingTables.durability(setup)),
                        tallies.stream().mapToLong(CeilingWriter.Tally::committed).sum(),
                        CeilingTables.outboxRows(setup));
            } finally {
                CeilingTables.drop(setup);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL ceiling could not run against " + jdbcUrl, e);
        }
    }

    private static List<CeilingWriter.Tally> write(String jdbcUrl, String user, String password, Variant variant,
            int threads, Duration duration) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < threads; i++) {
                connections.add(DriverManager.getConnection(jdbcUrl, user, password));
            }
            // the clock starts once every connection is open, so slow connects eat into the warm-up only
            long measuredFrom = System.nanoTime() + WARM_UP.toNanos();
            long until = measuredFrom + duration.toNanos();
            AtomicBoolean failed = new AtomicBoolean();
            List<Future<CeilingWriter.Tally>> writers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                writers.add(executor.submit(
                        new CeilingWriter(connections.get(i), i, variant, measuredFrom, until, failed)));
            }
            List<CeilingWriter.Tally> tallies = new ArrayList<>();
            for (Future<CeilingWriter.Tally> writer : writers) {
                tallies.add(writer.get());
            }
            return tallies;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("A writer failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while measuring", e);
        } finally {
            executor.shutdownNow();
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static Result result(Variant variant, int threads, Duration duration, List<CeilingWriter.Tally> tallies,
            String durability) {
        Histogram micros = new Histogram(3);
        tallies.forEach(tally -> micros.add(tally.latencyMicros()));
        long transactions = micros.getTotalCount();
        double seconds = duration.toNanos() / 1e9;
        return new Result(threads, variant, transactions, seconds, transactions / seconds,
                micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(99) / 1000.0, durability);
    }
}
