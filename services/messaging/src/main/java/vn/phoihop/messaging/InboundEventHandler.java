package vn.phoihop.messaging;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.events.Envelope;

/**
 * What a service does with an event from its inbound topic; the service declares one bean of this type.
 */
@FunctionalInterface
public interface InboundEventHandler {

    /**
     * Called once per event id, inside the transaction that records the event in the inbox: anything thrown
     * rolls back both. Throw {@link RejectedEventException} to dead-letter the record without retrying.
     */
    void handle(SpecificRecord event, Envelope envelope);

}
