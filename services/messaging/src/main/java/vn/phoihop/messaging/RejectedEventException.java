package vn.phoihop.messaging;

/**
 * Thrown by an {@link InboundEventHandler} for an event it will never accept; the record goes to the dead-letter
 * topic with the reason, and the partition moves on.
 */
public class RejectedEventException extends RuntimeException {

    /** @param reason why the event is refused; travels in the dead letter's headers, so no personal data */
    public RejectedEventException(String reason) {
        super(reason);
    }

}
