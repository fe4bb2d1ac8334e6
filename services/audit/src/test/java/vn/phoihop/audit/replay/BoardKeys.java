package vn.phoihop.audit.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

import vn.phoihop.events.CheckpointStatement;
import vn.phoihop.events.Topics;

/** Each board's signing key for a test, and the auditors' keyring directory holding their public halves. */
public record BoardKeys(KeyPair cadreBoard, KeyPair executiveBoard, Path keyring) {

    public static final String CADRE_BOARD_KEY = "cadre-board-1";

    public static final String EXECUTIVE_BOARD_KEY = "executive-board-1";

    public static BoardKeys generate(Path directory) {
        BoardKeys keys = new BoardKeys(CheckpointStatement.newKeyPair(), CheckpointStatement.newKeyPair(), directory);
        write(directory.resolve(Topics.CADRE_BOARD).resolve(CADRE_BOARD_KEY + ".pem"), keys.cadreBoard());
        write(directory.resolve(Topics.EXECUTIVE_BOARD).resolve(EXECUTIVE_BOARD_KEY + ".pem"), keys.executiveBoard());
        return keys;
    }

    public KeyPair of(String producer) {
        return producer.equals(Topics.CADRE_BOARD) ? this.cadreBoard : this.executiveBoard;
    }

    public static String keyIdOf(String producer) {
        return producer.equals(Topics.CADRE_BOARD) ? CADRE_BOARD_KEY : EXECUTIVE_BOARD_KEY;
    }

    private static void write(Path file, KeyPair pair) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, CheckpointStatement.toPem(pair.getPublic()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
