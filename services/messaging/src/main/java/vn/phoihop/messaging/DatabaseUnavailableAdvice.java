package vn.phoihop.messaging;

import java.time.Duration;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.phoihop.web.Problems;

/**
 * The board's database out of reach is not the client's fault nor a bug: 503 with {@code Retry-After}, as Problem
 * Details. Two cases differ for the client. Most failures come before the commit, so nothing changed. A commit whose
 * connection died leaves the outcome unknown (PostgreSQL may have committed it), so the client must read the state
 * before sending the request again: some steps may rightly be taken twice, and a blind resend would take them twice.
 * A command sent with an {@code Idempotency-Key} may be sent again as it is ({@link IdempotentCommands}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class DatabaseUnavailableAdvice {

    static final String RULE = "database-available";

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    static final String UNREACHABLE = "The board's database cannot be reached; nothing was changed. Send the request"
            + " again.";

    @ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
    ResponseEntity<ProblemDetail> unreachable() {
        return unavailable(UNREACHABLE);
    }

    /**
     * A lock not taken within {@code lock_timeout}: another transaction holds the stream head (a stalled replica
     * mid-commit, say). PostgreSQL cancelled the statement and the transaction rolls back, so nothing changed;
     * Spring leaves SQL state 55P03 uncategorised.
     */
    @ExceptionHandler({ PessimisticLockingFailureException.class, UncategorizedSQLException.class })
    ResponseEntity<ProblemDetail> busy(DataAccessException ex) {
        if (ex instanceof UncategorizedSQLException uncategorised && (uncategorised.getSQLException() == null
                || !LOCK_NOT_AVAILABLE.equals(uncategorised.getSQLException().getSQLState()))) {
            throw ex;
        }
        return unavailable("The board is busy: a lock could not be taken in time; nothing was changed. Send the"
                + " request again.");
    }

    @ExceptionHandler(TransactionSystemException.class)
    ResponseEntity<ProblemDetail> outcomeUnknown() {
        return unavailable("The board's database went away while the change was being committed: it may have been"
                + " applied. Read the case before sending the request again.");
    }

    static ProblemDetail problem(String detail) {
        return Problems.refused(HttpStatus.SERVICE_UNAVAILABLE, RULE, detail);
    }

    private static ResponseEntity<ProblemDetail> unavailable(String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()))
            .body(problem(detail));
    }

}
