package vn.phoihop.testing.history;

import java.security.PrivateKey;
import java.util.Objects;

/** A board's Ed25519 key that signs its checkpoints, with the id auditors look its public key up by. */
record SigningKey(String keyId, PrivateKey privateKey) {

    SigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(privateKey, "privateKey");
    }
}
