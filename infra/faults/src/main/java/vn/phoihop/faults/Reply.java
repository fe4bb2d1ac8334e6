package vn.phoihop.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A service's answer, or none: a request whose connection failed or timed out may or may not have taken effect, and
 * the caller must find out, or send it again with the same {@code Idempotency-Key}, before going on.
 *
 * @param replayed the answer of an earlier send with the same key, not of this one
 */
public record Reply(int status, JsonNode body, boolean replayed) {

    static final int NO_ANSWER = -1;

    // the service's refusal of a resend whose first send still runs: ask again, it is not an answer
    private static final String KEY_IN_PROGRESS = "idempotency-key-in-progress";

    static Reply unanswered() {
        return new Reply(NO_ANSWER, MissingNode.getInstance(), false);
    }

    public boolean answered() {
        return this.status != NO_ANSWER;
    }

    public boolean succeeded() {
        return this.status >= 200 && this.status < 300;
    }

    /** Refused for the request itself; sending it again changes nothing. */
    public boolean refused() {
        return this.status >= 400 && this.status < 500 && this.status != 429 && !stillRunning();
    }

    /** A resend refused because its first send is still being carried out. */
    boolean stillRunning() {
        return this.status == 409 && KEY_IN_PROGRESS.equals(text("rule"));
    }

    public String text(String field) {
        return this.body.path(field).asText();
    }

    public boolean has(String field) {
        return this.body.hasNonNull(field);
    }

}
