package vn.phoihop.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.util.List;

import vn.phoihop.events.CheckpointStatement;

/**
 * The keys the boards sign their checkpoints with: one Ed25519 pair per board, made on the first start and kept
 * afterwards. A board's private key is {@code private/<producer>.pem}; the public keys are laid out as the auditors'
 * keyring, {@code public/<producer>/<keyId>.pem}, so that directory can be handed to an audit as it is.
 */
public final class CheckpointKeys {

    private final Path directory;

    public CheckpointKeys(Path directory) {
        this.directory = directory;
    }

    /** The auditors' keyring: every board's public keys. */
    public Path publicKeys() {
        return directory.resolve("public");
    }

    /** The board's key, made now if it has none yet; the key id is {@code <producer>-1}. */
    public BoardKey of(String producer) {
        BoardKey key = new BoardKey(producer + "-1", directory.resolve("private").resolve(producer + ".pem"));
        if (!Files.exists(key.privateKeyFile())) {
            make(producer, key);
        }
        return key;
    }

    // the private key is written last and in one move, so its presence means the pair is complete
    private void make(String producer, BoardKey key) {
        try {
            KeyPair pair = CheckpointStatement.newKeyPair();
            Path publicKey = publicKeys().resolve(producer).resolve(key.id() + ".pem");
            Files.createDirectories(publicKey.getParent());
            Files.writeString(publicKey, CheckpointStatement.toPem(pair.getPublic()));
            // a temporary file is readable by its owner only, and keeps that when moved
            Path written = Files.createTempFile(Files.createDirectories(key.privateKeyFile().getParent()), producer,
                    ".tmp");
            Files.writeString(written, CheckpointStatement.toPem(pair.getPrivate()));
            Files.move(written, key.privateKeyFile(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the checkpoint keys of " + producer + " in " + directory, e);
        }
    }

    /** What a board is given to sign with. */
    public record BoardKey(String id, Path privateKeyFile) {

        /** The board's settings, as command-line arguments. */
        public List<String> arguments() {
            return List.of("--phoihop.messaging.checkpoints.key-id=" + id,
                    "--phoihop.messaging.checkpoints.private-key-file=" + privateKeyFile.toAbsolutePath());
        }
    }
}
