package vn.phoihop.messaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;

import org.springframework.core.io.Resource;

import vn.phoihop.events.CheckpointStatement;

/**
 * The board's private key for its checkpoints, and the id under which the auditors keep its public key.
 */
record SigningKey(String id, PrivateKey key) {

    private static final String SETTING = "phoihop.messaging.checkpoints.private-key-file";

    /** Read at start-up, so that a missing or wrong key stops the service before it publishes anything. */
    static SigningKey load(String id, Resource pem) {
        String text;
        try {
            text = pem.getContentAsString(StandardCharsets.US_ASCII);
        }
        catch (IOException ex) {
            throw new IllegalStateException("%s: cannot read %s (%s)".formatted(SETTING, pem, ex.getMessage()), ex);
        }
        try {
            return new SigningKey(id, CheckpointStatement.privateKeyFromPem(text));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalStateException("%s: %s holds no key to sign with: %s".formatted(SETTING, pem,
                    ex.getMessage()), ex);
        }
    }

    // never the key material, should the key end up in a log
    @Override
    public String toString() {
        return "SigningKey[id=" + this.id + "]";
    }

}
