package vn.phoihop.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A service's answer, or none: a request whose connection failed or timed out may or may not have taken effect, and
 * the caller must find out before it tries again.
 */
record Reply(int status, JsonNode body) {

    static final int NO_ANSWER = -1;

    static Reply unanswered() {
        return new Reply(NO_ANSWER, MissingNode.getInstance());
    }

    boolean answered() {
        return this.status != NO_ANSWER;
    }

    boolean succeeded() {
        return this.status >= 200 && this.status < 300;
    }

    /** Refused for the request itself; sending it again changes nothing. */
    boolean refused() {
        return this.status >= 400 && this.status < 500 && this.status != 429;
    }

    String text(String field) {
        return this.body.path(field).asText();
    }

    boolean has(String field) {
        return this.body.hasNonNull(field);
    }

}
