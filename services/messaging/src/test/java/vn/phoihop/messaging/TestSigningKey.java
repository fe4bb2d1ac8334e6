package vn.phoihop.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Map;

import vn.phoihop.events.CheckpointStatement;

/**
 * An Ed25519 key pair made for this test run, its private half in a PEM file as a board holds it, its public
 * half as an auditor holds it.
 */
record TestSigningKey(String id, KeyPair pair, Path privateKeyFile) {

    /** The key every test service signs with unless a test says otherwise. */
    static final TestSigningKey SHARED = generate("messaging-test-1");

    static TestSigningKey generate(String id) {
        try {
            KeyPair pair = CheckpointStatement.newKeyPair();
            Path file = Files.createTempFile("checkpoint-key-" + id + "-", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, CheckpointStatement.toPem(pair.getPrivate()));
            return new TestSigningKey(id, pair, file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    PublicKey publicKey() {
        return this.pair.getPublic();
    }

    /** As a deployment gives them: the key's file by its plain path. */
    Map<String, String> settings() {
        return Map.of("phoihop.messaging.checkpoints.key-id", this.id,
                "phoihop.messaging.checkpoints.private-key-file", this.privateKeyFile.toString());
    }

}
