package vn.phoihop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.CheckpointStatement;

class CheckpointKeysTest {

    @TempDir
    Path keys;

    @Test
    void makesEachBoardAPairWhosePublicHalfLiesInTheAuditorsKeyring() throws Exception {
        CheckpointKeys.BoardKey key = new CheckpointKeys(keys).of("cadre-board");

        assertThat(key.id()).isEqualTo("cadre-board-1");
        assertThat(key.privateKeyFile()).isEqualTo(keys.resolve("private/cadre-board.pem"));
        assertThat(new CheckpointKeys(keys).publicKeys()).isEqualTo(keys.resolve("public"));
        Path publicKey = keys.resolve("public/cadre-board/cadre-board-1.pem");
        Checkpoint signed = CheckpointStatement.sign("c-1", "cadre-board", 3, "ab", Instant.now(), key.id(),
                CheckpointStatement.privateKeyFromPem(Files.readString(key.privateKeyFile())));

        assertThat(CheckpointStatement.verify(signed,
                CheckpointStatement.publicKeyFromPem(Files.readString(publicKey)))).isTrue();
    }

    @Test
    void keepsTheKeysOfAnEarlierStart() throws Exception {
        CheckpointKeys.BoardKey first = new CheckpointKeys(keys).of("executive-board");
        String privateKey = Files.readString(first.privateKeyFile());
        String publicKey = Files.readString(keys.resolve("public/executive-board/executive-board-1.pem"));

        CheckpointKeys.BoardKey again = new CheckpointKeys(keys).of("executive-board");

        assertThat(again).isEqualTo(first);
        assertThat(Files.readString(again.privateKeyFile())).isEqualTo(privateKey);
        assertThat(Files.readString(keys.resolve("public/executive-board/executive-board-1.pem"))).isEqualTo(publicKey);
    }

    @Test
    void eachBoardHasAKeyOfItsOwnThatOnlyItsOwnerCanRead() throws Exception {
        CheckpointKeys stack = new CheckpointKeys(keys);
        Path cadreBoard = stack.of("cadre-board").privateKeyFile();
        Path executiveBoard = stack.of("executive-board").privateKeyFile();

        assertThat(Files.readString(cadreBoard)).isNotEqualTo(Files.readString(executiveBoard));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cadreBoard))).isEqualTo("rw-------");
        try (var files = Files.list(keys.resolve("private"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("cadre-board.pem", "executive-board.pem");
        }
    }

    @Test
    void aBoardIsGivenItsKeyAsTheMessagingSettings() {
        CheckpointKeys.BoardKey key = new CheckpointKeys(keys).of("cadre-board");

        assertThat(key.arguments()).containsExactly("--phoihop.messaging.checkpoints.key-id=cadre-board-1",
                "--phoihop.messaging.checkpoints.private-key-file=" + keys.resolve("private/cadre-board.pem"));
    }
}
