package vn.phoihop.messaging;

/** Why a re-drive was refused, naming the rule; nothing of the board changed. */
public abstract sealed class RedriveRefused extends RuntimeException {

    private final String rule;

    private RedriveRefused(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return this.rule;
    }

    /** No record at that partition and offset of the dead-letter topic. */
    public static final class NoSuchDeadLetter extends RedriveRefused {

        NoSuchDeadLetter(Position position, String topic) {
            super("dead-letter-exists", "No dead letter at partition %d, offset %d of %s."
                .formatted(position.partition(), position.offset(), topic));
        }

    }

    /** Re-driven successfully before: the event is in the inbox, so a second run could change nothing. */
    public static final class AlreadyRedriven extends RedriveRefused {

        AlreadyRedriven(Position position) {
            super("redrive-once", "Dead letter %s was already re-driven successfully.".formatted(position));
        }

    }

    /** The inbound path refused the record again, for the reason given. */
    public static final class RefusedAgain extends RedriveRefused {

        private final String reason;

        RefusedAgain(Position position, String reason) {
            super("inbound-accepts", "The board refused dead letter %s again: %s".formatted(position, reason));
            this.reason = reason;
        }

        public String reason() {
            return this.reason;
        }

    }

}
