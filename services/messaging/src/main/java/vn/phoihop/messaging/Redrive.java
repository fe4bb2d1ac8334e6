package vn.phoihop.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * The last time an admin ran a dead letter through the inbound path again.
 *
 * @param eventId the event's id, when its bytes decode
 * @param outcome what came of it
 * @param reason why the board refused it again; null otherwise
 * @param by the admin who asked
 * @param at when
 */
public record Redrive(UUID eventId, Outcome outcome, String reason, String by, Instant at) {

    public enum Outcome {

        /** The event took effect. */
        HANDLED,

        /** The inbox already had the event, so nothing changed. */
        ALREADY_HANDLED,

        /** The board refused the event again; nothing changed, and it may be re-driven once the cause is fixed. */
        REFUSED;

        /** After a success the event is in the inbox, so running it again could change nothing. */
        boolean isFinal() {
            return this != REFUSED;
        }

    }

}
