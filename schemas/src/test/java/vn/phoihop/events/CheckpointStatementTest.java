package vn.phoihop.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.KeyPair;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CheckpointStatementTest {

    private final KeyPair board = CheckpointStatement.newKeyPair();

    private final Checkpoint signed = CheckpointStatement.sign("5d0c7a52-6f1e-4c39-9b43-0e1f2a3b4c5d",
            Topics.CADRE_BOARD, 42, "ab".repeat(32), Instant.parse("2013-07-01T02:00:00Z"), "cadre-board-1",
            board.getPrivate());

    @Test
    void theBoardsPublicKeyVerifiesWhatItsPrivateKeySigned() {
        assertThat(CheckpointStatement.verify(signed, board.getPublic())).isTrue();
    }

    @Test
    void anotherKeyDoesNotVerify() {
        assertThat(CheckpointStatement.verify(signed, CheckpointStatement.newKeyPair().getPublic())).isFalse();
    }

    @Test
    void everySignedFieldIsCovered() {
        assertThat(CheckpointStatement.verify(Checkpoint.newBuilder(signed).setStreamPosition(41).build(),
                board.getPublic())).isFalse();
        assertThat(CheckpointStatement.verify(Checkpoint.newBuilder(signed).setLastEventHash("cd".repeat(32)).build(),
                board.getPublic())).isFalse();
        assertThat(CheckpointStatement.verify(Checkpoint.newBuilder(signed).setProducer(Topics.EXECUTIVE_BOARD).build(),
                board.getPublic())).isFalse();
        assertThat(CheckpointStatement.verify(Checkpoint.newBuilder(signed).setKeyId("cadre-board-2").build(),
                board.getPublic())).isFalse();
        assertThat(CheckpointStatement.verify(
                Checkpoint.newBuilder(signed).setSignedAt(signed.getSignedAt().plusMillis(1)).build(),
                board.getPublic())).isFalse();
    }

    @Test
    void keysSurviveTheirPemForm() {
        assertThat(CheckpointStatement.verify(
                CheckpointStatement.sign("c", "p", 1, "00", Instant.EPOCH, "k",
                        CheckpointStatement.privateKeyFromPem(CheckpointStatement.toPem(board.getPrivate()))),
                CheckpointStatement.publicKeyFromPem(CheckpointStatement.toPem(board.getPublic())))).isTrue();
    }

    @Test
    void aPemWithoutTheExpectedBlockIsRefusedWithTheReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CheckpointStatement.publicKeyFromPem(CheckpointStatement.toPem(board.getPrivate())))
                .withMessageContaining("BEGIN PUBLIC KEY");
    }

    @Test
    void theHashOfTheChainIsTheHexSha256OfTheBytes() {
        assertThat(EventHash.of(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
