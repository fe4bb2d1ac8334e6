package vn.phoihop.messaging;

import java.util.function.LongSupplier;

import org.springframework.core.NestedExceptionUtils;

/**
 * What the relay is doing, as the health endpoint reports it.
 */
final class RelayState {

    enum Role {

        LEADER, STANDBY, DISABLED, STOPPED

    }

    enum Engine {

        NOT_RUNNING, STARTING, STREAMING, FAILED

    }

    private final LongSupplier published;

    private volatile Role role = Role.STOPPED;

    private volatile Engine engine = Engine.NOT_RUNNING;

    private volatile String lastError;

    RelayState(LongSupplier published) {
        this.published = published;
    }

    Role role() {
        return this.role;
    }

    void role(Role role) {
        this.role = role;
    }

    Engine engine() {
        return this.engine;
    }

    void starting() {
        this.engine = Engine.STARTING;
    }

    void streaming() {
        this.engine = Engine.STREAMING;
    }

    void stopped() {
        this.engine = Engine.NOT_RUNNING;
    }

    /** Messages only: errors of the engine, the database or the broker carry no event content. */
    void failed(Throwable error) {
        this.engine = (this.role == Role.LEADER) ? Engine.FAILED : this.engine;
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(error);
        this.lastError = describe(error) + ((cause != error) ? " (" + describe(cause) + ")" : "");
    }

    private static String describe(Throwable error) {
        return error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    String lastError() {
        return this.lastError;
    }

    long published() {
        return this.published.getAsLong();
    }

    boolean failing() {
        return this.role == Role.LEADER && this.engine == Engine.FAILED;
    }

}
