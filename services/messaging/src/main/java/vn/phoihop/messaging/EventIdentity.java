package vn.phoihop.messaging;

import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.events.EventCodec;

/**
 * An event's type and id, read from its bytes when they decode: a dead letter may be exactly the record that does
 * not.
 */
record EventIdentity(String type, UUID id) {

    private static final EventIdentity UNKNOWN = new EventIdentity(null, null);

    static EventIdentity of(byte[] bytes, EventCodec codec) {
        try {
            SpecificRecord event = codec.decode(bytes);
            return new EventIdentity(event.getSchema().getName(),
                    UUID.fromString(EventCodec.envelopeOf(event).getEventId()));
        }
        catch (RuntimeException undecodable) {
            return UNKNOWN;
        }
    }

}
