package vn.phoihop.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.events.EventHash;

/**
 * The answers of accepted API commands, by user and {@code Idempotency-Key}. A command claims its key inside its own
 * transaction, so the key and the command's effects commit together or not at all: a stalled replica that commits
 * an old request late finds the key taken, and a resend that comes while the first is still running is told so
 * instead of waiting for a replica that may never come back.
 */
final class RememberedAnswers {

    enum Claim {
        /** this transaction holds the key; the command may run */
        CLAIMED,
        /** a committed command holds it: answer with what it was answered */
        TAKEN,
        /** a transaction still running holds it */
        IN_PROGRESS
    }

    private final JdbcClient jdbc;

    RememberedAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * In the caller's transaction. The advisory lock is tried, not waited for: a transaction holding the key may
     * belong to a frozen process, and PostgreSQL would keep the waiter until that process dies.
     */
    Claim claim(KeyedCommand command) {
        boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)")
            .param(lockId(command))
            .query(Boolean.class)
            .single();
        if (!locked) {
            return Claim.IN_PROGRESS;
        }
        int inserted = jdbc.sql("""
                insert into remembered_answer (principal, key, fingerprint) values (?, ?, ?)
                on conflict do nothing""")
            .params(command.principal(), command.key(), command.fingerprint())
            .update();
        return inserted == 1 ? Claim.CLAIMED : Claim.TAKEN;
    }

    /** In the transaction that claimed the key, before it commits. */
    void remember(KeyedCommand command, RememberedAnswer answer) {
        jdbc.sql("""
                update remembered_answer set status = ?, content_type = ?, location = ?, body = ?
                where principal = ? and key = ?""")
            .params(answer.status(), answer.contentType(), answer.location(), answer.body(), command.principal(),
                    command.key())
            .update();
    }

    Optional<Remembered> find(KeyedCommand command) {
        return jdbc.sql("""
                select fingerprint, status, content_type, location, body from remembered_answer
                where principal = ? and key = ?""")
            .params(command.principal(), command.key())
            .query((row, number) -> new Remembered(row.getBytes("fingerprint"), new RememberedAnswer(
                    row.getInt("status"), row.getString("content_type"), row.getString("location"),
                    row.getBytes("body"))))
            .optional();
    }

    /** How many answers older than {@code retention} were forgotten. */
    int forgetOlderThan(Duration retention) {
        return jdbc.sql("delete from remembered_answer where created_at < now() - make_interval(secs => ?)")
            .param(retention.toSeconds())
            .update();
    }

    // one lock per user and key; two keys sharing a lock only make one of them wait its turn
    static long lockId(KeyedCommand command) {
        byte[] digest = EventHash.digest((command.principal() + '\n' + command.key()).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }

    /** A stored answer and the fingerprint of the request it answered. */
    record Remembered(byte[] fingerprint, RememberedAnswer answer) {
    }

}
