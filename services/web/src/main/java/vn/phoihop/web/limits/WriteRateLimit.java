package vn.phoihop.web.limits;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.web.Problems;

/**
 * Refuses a signed-in user's write beyond {@link LimitSettings#writesPerSecond()} (a token bucket per user name)
 * with 429 and {@code Retry-After}, before the request reaches a controller. Reads are never limited: they change
 * nothing and the consoles poll. It runs after authorisation, so it knows the user and counts only writes the user
 * may make.
 */
public final class WriteRateLimit extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** Below this many users the map is not swept: a few thousand buckets are a few hundred KiB. */
    private static final int SWEEP_FLOOR = 4096;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    private final int perSecond;

    private final int burst;

    private final JsonMapper json;

    private final LongSupplier clock;

    private volatile int sweepAbove = SWEEP_FLOOR;

    public WriteRateLimit(LimitSettings settings, JsonMapper json) {
        this(settings, json, System::nanoTime);
    }

    WriteRateLimit(LimitSettings settings, JsonMapper json, LongSupplier clock) {
        this.perSecond = settings.writesPerSecond();
        this.burst = settings.writeBurst();
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = writingUser(request);
        long wait = user == null ? 0 : bucketOf(user).take(clock.getAsLong());
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = (long) Math.ceil(wait / 1e9);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemDetail problem = Problems.refused(HttpStatus.TOO_MANY_REQUESTS, "rate-limit",
                "More than " + perSecond + " writes per second (" + burst + " at once) by " + user
                        + "; retry after " + seconds + " s.");
        Problems.write(response, problem, json);
    }

    private static String writingUser(HttpServletRequest request) {
        if (!WRITES.contains(request.getMethod())) {
            return null;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null || user instanceof AnonymousAuthenticationToken ? null : user.getName();
    }

    private TokenBucket bucketOf(String user) {
        long now = clock.getAsLong();
        if (buckets.size() > sweepAbove) {
            forgetIdle(now);
        }
        return buckets.computeIfAbsent(user, name -> new TokenBucket(burst, perSecond, now));
    }

    /** Keeps memory to the users who wrote in the last burst / rate seconds; sweeps again once that has doubled. */
    private synchronized void forgetIdle(long now) {
        if (buckets.size() > sweepAbove) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
            sweepAbove = Math.max(SWEEP_FLOOR, 2 * buckets.size());
        }
    }

}
