package vn.phoihop.audit.history;

import java.time.Instant;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.events.Envelope;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.EventHash;

/**
 * A case event as the history holds it: decoded, with the hash of its bytes (the chain's link) and where it was read.
 *
 * @param event the decoded event, in its current generated class
 * @param envelope the event's envelope, held apart because every check asks for it
 * @param hash hex SHA-256 of the bytes as read from the topic
 * @param topic where it was read
 * @param partition where it was read
 * @param offset where it was read
 * @param brokerTime when the broker took it: from then on the other board could read it
 */
public record HistoryEvent(SpecificRecord event, Envelope envelope, String hash, String topic, int partition,
        long offset, Instant brokerTime) {

    public static HistoryEvent of(SpecificRecord event, TopicRecord record) {
        return new HistoryEvent(event, EventCodec.envelopeOf(event), EventHash.of(record.value()), record.topic(),
                record.partition(), record.offset(), record.brokerTime());
    }

    public String eventId() {
        return envelope().getEventId();
    }

    public String caseId() {
        return envelope().getCaseId();
    }

    public String producer() {
        return envelope().getProducer();
    }

    public Instant occurredAt() {
        return envelope().getOccurredAt();
    }

    /** The event's schema name, e.g. {@code OpinionIssued}. */
    public String type() {
        return this.event.getSchema().getName();
    }

    @Override
    public String toString() {
        return type() + " " + eventId() + " (" + this.topic + "-" + this.partition + "@" + this.offset + ")";
    }
}
