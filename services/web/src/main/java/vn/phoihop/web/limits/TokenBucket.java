package vn.phoihop.web.limits;

/**
 * One user's allowance: refills continuously up to its capacity, each write takes one token. Times are
 * {@link System#nanoTime()} readings.
 */
final class TokenBucket {

    private final double capacity;

    private final double tokensPerNano;

    private double tokens;

    private long refilledAt;

    TokenBucket(int capacity, int perSecond, long now) {
        this.capacity = capacity;
        this.tokensPerNano = perSecond / 1e9;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /** @return 0 if a token was taken, otherwise the nanoseconds until one will be there */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    /** A full bucket is no different from a new one, so it may be forgotten. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
        refilledAt = now;
    }

}
