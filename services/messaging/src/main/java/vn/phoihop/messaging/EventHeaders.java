package vn.phoihop.messaging;

/**
 * Names of the Kafka headers on every published event (copies of envelope fields, readable without decoding)
 * and on dead letters.
 */
public final class EventHeaders {

    public static final String EVENT_ID = "eventId";

    public static final String EVENT_TYPE = "eventType";

    public static final String CASE_ID = "caseId";

    public static final String SEQUENCE = "sequence";

    public static final String PRODUCER = "producer";

    public static final String OCCURRED_AT = "occurredAt";

    public static final String REGULATION_VERSION = "regulationVersion";

    /** W3C trace context; present only when the event was written inside a trace. */
    public static final String TRACEPARENT = "traceparent";

    /** Why a record was dead-lettered. */
    public static final String DEAD_LETTER_REASON = "phoihop-dlt-reason";

    private EventHeaders() {
    }

}
