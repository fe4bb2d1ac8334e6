package vn.phoihop.messaging;

import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;

/**
 * An event appended to the outbox in the caller's transaction. Its id is known at once; the event itself, which
 * carries the hash of the producer's previous event, is built when the transaction commits.
 */
public final class AppendedEvent<E extends SpecificRecord> {

    private final UUID eventId;

    private E written;

    AppendedEvent(UUID eventId) {
        this.eventId = eventId;
    }

    public UUID eventId() {
        return this.eventId;
    }

    /** The event as written to the outbox and published, once the transaction has committed. */
    public E event() {
        if (this.written == null) {
            throw new IllegalStateException("event " + this.eventId + " is written when its transaction commits");
        }
        return this.written;
    }

    void written(E event) {
        this.written = event;
    }

}
