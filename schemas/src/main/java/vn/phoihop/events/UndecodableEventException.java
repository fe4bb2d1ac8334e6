package vn.phoihop.events;

/** Bytes that cannot be read as any known version of any event; the message says why, for the dead-letter record. */
public class UndecodableEventException extends RuntimeException {

    public UndecodableEventException(String reason) {
        super(reason);
    }

    public UndecodableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
