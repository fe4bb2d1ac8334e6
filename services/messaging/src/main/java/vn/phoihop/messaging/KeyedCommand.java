package vn.phoihop.messaging;

import java.nio.charset.StandardCharsets;

import vn.phoihop.events.EventHash;

/**
 * An API command sent with an {@code Idempotency-Key}: whose key it is and what was asked. The fingerprint covers the
 * method, the target and the body, so a key used again for a different request is told apart from a resend.
 */
record KeyedCommand(String principal, String key, byte[] fingerprint) {

    static KeyedCommand of(String principal, String key, String method, String target, byte[] body) {
        byte[] request = (method + ' ' + target + '\n').getBytes(StandardCharsets.UTF_8);
        byte[] whole = new byte[request.length + body.length];
        System.arraycopy(request, 0, whole, 0, request.length);
        System.arraycopy(body, 0, whole, request.length, body.length);
        return new KeyedCommand(principal, key, EventHash.digest(whole));
    }

}
