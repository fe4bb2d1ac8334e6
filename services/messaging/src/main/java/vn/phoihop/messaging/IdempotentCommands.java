package vn.phoihop.messaging;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.messaging.RememberedAnswers.Claim;
import vn.phoihop.messaging.RememberedAnswers.Remembered;
import vn.phoihop.web.FieldViolation;
import vn.phoihop.web.Problems;
import vn.phoihop.web.limits.ReadBody;

/**
 * An API command sent with an {@code Idempotency-Key} header takes effect once, however often it is sent: a client
 * whose answer was lost sends it again with the same key and gets the first answer, marked
 * {@code Idempotent-Replayed: true}, instead of a second act. Without the key a resend is a new command, as before.
 * <p>
 * The command runs in a transaction opened here, which claims the key first and stores the answer last, so the key
 * commits exactly when the command's effects do. Only accepted commands (2xx) are remembered: a refusal changed
 * nothing, and sending it again asks again. Runs after Spring Security, so keys belong to the authenticated user.
 */
final class IdempotentCommands extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    static final String REPLAYED = "Idempotent-Replayed";

    static final String KEY_FORMAT = "idempotency-key-format";

    static final String KEY_REUSED = "idempotency-key-reused";

    static final String KEY_IN_PROGRESS = "idempotency-key-in-progress";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final RememberedAnswers answers;

    private final PlatformTransactionManager transactions;

    private final JsonMapper json;

    private final int bodyLimit;

    IdempotentCommands(RememberedAnswers answers, PlatformTransactionManager transactions, JsonMapper json,
            int bodyLimit) {
        this.answers = answers;
        this.transactions = transactions;
        this.json = json;
        this.bodyLimit = bodyLimit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || SAFE_METHODS.contains(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Optional<String> user = user();
        if (user.isEmpty()) {
            // security let it through unauthenticated: there is nobody to keep the key for
            chain.doFilter(request, response);
            return;
        }
        if (!WELL_FORMED.matcher(key).matches()) {
            Problems.write(response, Problems.invalidRequest(List.of(new FieldViolation(HEADER, KEY_FORMAT,
                    "1 to 255 visible ASCII characters; a new UUID for each command is best"))), this.json);
            return;
        }
        // the JSON limit has refused larger JSON already; this bounds what is held for any other body
        byte[] body = request.getInputStream().readNBytes(this.bodyLimit + 1);
        if (body.length > this.bodyLimit) {
            Problems.write(response, Problems.refused(HttpStatus.CONTENT_TOO_LARGE, "request-size",
                    "A body sent with an " + HEADER + " may be at most " + this.bodyLimit + " bytes."), this.json);
            return;
        }
        String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        KeyedCommand command = KeyedCommand.of(user.get(), key, request.getMethod(), target, body);
        TransactionStatus transaction;
        try {
            transaction = this.transactions.getTransaction(TransactionDefinition.withDefaults());
        }
        catch (CannotCreateTransactionException ex) {
            unavailable(response, DatabaseUnavailableAdvice.UNREACHABLE);
            return;
        }
        try {
            Claim claim;
            try {
                claim = this.answers.claim(command);
            }
            catch (DataAccessResourceFailureException ex) {
                unavailable(response, DatabaseUnavailableAdvice.UNREACHABLE);
                return;
            }
            if (claim != Claim.CLAIMED) {
                this.transactions.rollback(transaction);
                answerWithoutRunning(claim, command, response);
                return;
            }
            run(command, new ReadBody(request, body), response, chain, transaction);
        }
        finally {
            if (!transaction.isCompleted()) {
                this.transactions.rollback(transaction);
            }
        }
    }

    private void run(KeyedCommand command, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain, TransactionStatus transaction) throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (buffered.getStatus() / 100 != 2) {
            this.transactions.rollback(transaction);
            buffered.copyBodyToResponse();
            return;
        }
        this.answers.remember(command, new RememberedAnswer(buffered.getStatus(), buffered.getContentType(),
                buffered.getHeader(HttpHeaders.LOCATION), buffered.getContentAsByteArray()));
        try {
            this.transactions.commit(transaction);
        }
        catch (TransactionException | DataAccessException ex) {
            // nothing of the answer has left yet: the client hears that the commit failed, not that it succeeded
            buffered.resetBuffer();
            response.reset();
            unavailable(response, "The change could not be committed: it may or may not have been applied. Send it"
                    + " again with the same " + HEADER + ": if it was applied, its answer comes back; if not, it is"
                    + " applied now.");
            return;
        }
        buffered.copyBodyToResponse();
    }

    private void answerWithoutRunning(Claim claim, KeyedCommand command, HttpServletResponse response)
            throws IOException {
        Optional<Remembered> remembered = claim == Claim.TAKEN ? this.answers.find(command) : Optional.empty();
        if (remembered.isEmpty()) {
            // still running, or rolled back just after holding the key: either way, asking again shortly settles it
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            Problems.write(response, Problems.refused(HttpStatus.CONFLICT, KEY_IN_PROGRESS, "A command with this "
                    + HEADER + " is still being carried out. Send it again in a moment for its answer."), this.json);
            return;
        }
        if (!Arrays.equals(remembered.get().fingerprint(), command.fingerprint())) {
            Problems.write(response, Problems.refused(HttpStatus.UNPROCESSABLE_CONTENT, KEY_REUSED, "This "
                    + HEADER + " was used for a different request; each command needs a key of its own."), this.json);
            return;
        }
        replay(remembered.get().answer(), response);
    }

    private static void replay(RememberedAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        response.setHeader(REPLAYED, "true");
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.body() != null) {
            response.getOutputStream().write(answer.body());
        }
    }

    private void unavailable(HttpServletResponse response, String detail) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailableAdvice.RETRY_AFTER.toSeconds()));
        Problems.write(response, DatabaseUnavailableAdvice.problem(detail), this.json);
    }

    private static Optional<String> user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

}
