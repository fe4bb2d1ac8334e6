package vn.phoihop.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import vn.phoihop.events.CheckpointStatement;
import vn.phoihop.events.Topics;

/**
 * A fresh Ed25519 key pair per board for one run, and the auditors' keys directory holding the public halves as
 * {@code <dir>/<producer>/<keyId>.pem}; the directory goes when the run ends.
 */
final class BoardKeys implements AutoCloseable {

    static final String CADRE_BOARD_KEY_ID = "cadre-board-bench";

    static final String EXECUTIVE_BOARD_KEY_ID = "executive-board-bench";

    private final KeyPair cadreBoard = CheckpointStatement.newKeyPair();

    private final KeyPair executiveBoard = CheckpointStatement.newKeyPair();

    private final Path directory;

    BoardKeys() {
        try {
            directory = Files.createTempDirectory("phoihop-bench-keys");
            write(Topics.CADRE_BOARD, CADRE_BOARD_KEY_ID, cadreBoard);
            write(Topics.EXECUTIVE_BOARD, EXECUTIVE_BOARD_KEY_ID, executiveBoard);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write the boards' public keys", ex);
        }
    }

    KeyPair cadreBoard() {
        return cadreBoard;
    }

    KeyPair executiveBoard() {
        return executiveBoard;
    }

    Path directory() {
        return directory;
    }

    /** What a board process needs to sign its checkpoints with its key of this run. */
    List<String> signingArguments(String producer) {
        boolean cadre = producer.equals(Topics.CADRE_BOARD);
        Path file = directory.resolve("private").resolve(producer + ".pem");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, CheckpointStatement.toPem((cadre ? cadreBoard : executiveBoard).getPrivate()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write the private key of " + producer, ex);
        }
        return List.of("--phoihop.messaging.checkpoints.key-id=" + (cadre ? CADRE_BOARD_KEY_ID : EXECUTIVE_BOARD_KEY_ID),
                "--phoihop.messaging.checkpoints.private-key-file=" + file.toAbsolutePath());
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot delete " + directory, ex);
        }
    }

    private void write(String producer, String keyId, KeyPair pair) throws IOException {
        Path board = Files.createDirectories(directory.resolve(producer));
        Files.writeString(board.resolve(keyId + ".pem"), CheckpointStatement.toPem(pair.getPublic()));
    }
}
