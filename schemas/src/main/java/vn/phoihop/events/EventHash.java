package vn.phoihop.events;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The link of the hash chain: hex SHA-256 of an event's encoded bytes, exactly as they travel on the topic. */
public final class EventHash {

    private EventHash() {
    }

    public static String of(byte[] encoded) {
        return HexFormat.of().formatHex(digest(encoded));
    }

    public static byte[] digest(byte[] encoded) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(encoded);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }
}
