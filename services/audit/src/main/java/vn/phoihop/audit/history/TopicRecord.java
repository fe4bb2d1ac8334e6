package vn.phoihop.audit.history;

import java.time.Instant;

/**
 * One record exactly as a topic holds it: where it is, when the broker took it, its key and its bytes. Nothing here
 * is trusted yet; the bytes are what the chain's hashes cover.
 */
public record TopicRecord(String topic, int partition, long offset, Instant brokerTime, String key, byte[] value) {
}
