package vn.phoihop.messaging;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.CheckpointStatement;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.EventHash;

import static org.assertj.core.api.Assertions.assertThat;

class StreamHeadTest {

    private static final TestSigningKey KEY = TestSigningKey.generate("cadre-board-7");

    private static final String LAST_HASH = EventHash.of(new byte[] { 1, 2, 3 });

    @Test
    void movesOnlyWithEventsAppendedSinceTheLastCheckpoint() {
        assertThat(new StreamHead("cadre-board", 5, LAST_HASH, 4).movedSinceCheckpoint()).isTrue();
        assertThat(new StreamHead("cadre-board", 5, LAST_HASH, 5).movedSinceCheckpoint()).isFalse();
    }

    @Test
    void signsPositionAndLastHashUnderTheKeysId() {
        UUID id = UUID.randomUUID();

        Checkpoint checkpoint = new StreamHead("cadre-board", 5, LAST_HASH, 4).sign(id, signingKey(),
                Instant.parse("2026-03-01T08:00:00.123Z"));

        assertThat(checkpoint.getCheckpointId()).isEqualTo(id.toString());
        assertThat(checkpoint.getProducer()).isEqualTo("cadre-board");
        assertThat(checkpoint.getStreamPosition()).isEqualTo(5);
        assertThat(checkpoint.getLastEventHash()).isEqualTo(LAST_HASH);
        assertThat(checkpoint.getKeyId()).isEqualTo("cadre-board-7");
        assertThat(CheckpointStatement.verify(checkpoint, KEY.publicKey())).isTrue();
    }

    @Test
    void signsWhatTheTopicKeepsSoTheSignatureStillHoldsAfterDecoding() {
        EventCodec codec = EventCodec.create();
        Checkpoint signed = new StreamHead("cadre-board", 5, LAST_HASH, 4).sign(UUID.randomUUID(), signingKey(),
                Instant.parse("2026-03-01T08:00:00.123456789Z"));

        Checkpoint read = (Checkpoint) codec.decode(codec.encode(signed));

        assertThat(read.getSignedAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00.123Z"));
        assertThat(CheckpointStatement.verify(read, KEY.publicKey())).isTrue();
    }

    private static SigningKey signingKey() {
        return new SigningKey(KEY.id(), KEY.pair().getPrivate());
    }

}
