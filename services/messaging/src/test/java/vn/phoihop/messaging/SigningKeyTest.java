package vn.phoihop.messaging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;

import vn.phoihop.events.CheckpointStatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningKeyTest {

    private static final TestSigningKey KEY = TestSigningKey.generate("cadre-board-1");

    @Test
    void readsTheBoardsPrivateKeyFromItsPemFile() {
        SigningKey key = SigningKey.load("cadre-board-1", new FileSystemResource(KEY.privateKeyFile()));

        assertThat(key.id()).isEqualTo("cadre-board-1");
        assertThat(key.key().getEncoded()).isEqualTo(KEY.pair().getPrivate().getEncoded());
    }

    @Test
    void aMissingFileStopsTheStartNamingTheSettingAndTheFile() {
        Path missing = KEY.privateKeyFile().resolveSibling("no-such-key.pem");

        assertThatIllegalStateException()
            .isThrownBy(() -> SigningKey.load("cadre-board-1", new FileSystemResource(missing)))
            .withMessageStartingWith("phoihop.messaging.checkpoints.private-key-file: cannot read")
            .withMessageContaining("no-such-key.pem");
    }

    @Test
    void aPublicKeyInPlaceOfThePrivateOneStopsTheStart() {
        byte[] publicPem = CheckpointStatement.toPem(KEY.publicKey()).getBytes(StandardCharsets.US_ASCII);

        assertThatIllegalStateException()
            .isThrownBy(() -> SigningKey.load("cadre-board-1", new ByteArrayResource(publicPem, "the public key")))
            .withMessageStartingWith("phoihop.messaging.checkpoints.private-key-file: ")
            .withMessageContaining("holds no key to sign with");
    }

}
