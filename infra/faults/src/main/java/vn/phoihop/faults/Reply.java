package vn.phoihop.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A service's answer, or none: a request whose connection failed or timed out may or may not have taken effect, and
 * the caller must find out before it tries again.
 */
public record Reply(int status, JsonNode body) {

    static final int NO_ANSWER = -1;

    static Reply unanswered() {
        return new Reply(NO_ANSWER, MissingNode.getInstance());
    }

    public boolean answered() {
        return this.status != NO_ANSWER;
    }

    public boolean succeeded() {
        return this.status >= 200 && this.status < 300;
    }

    /** Refused for the request itself; sending it again changes nothing. */
    public boolean refused() {
        return this.status >= 400 && this.status < 500 && this.status != 429;
    }

    public String text(String field) {
        return this.body.path(field).asText();
    }

    public boolean has(String field) {
        return this.body.hasNonNull(field);
    }

}
