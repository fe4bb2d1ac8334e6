package vn.phoihop.events;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/** One frozen version of an event's schema, as kept in {@code schemas/versions/<event>/v<number>.avsc}. */
record KeptVersion(String event, int number, Schema schema) {

    static String file(String event, int number) {
        return event + "/v" + number + ".avsc";
    }

    /** The CRC-64-AVRO fingerprint that single-object encoded bytes written with this version start with. */
    long fingerprint() {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    String label() {
        return event + " v" + number;
    }
}
