package vn.phoihop.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.CheckpointStatement;

/**
 * Where a producer's hash chain stands: how many events it holds, the hash of the last one, and how far it has
 * been signed.
 */
record StreamHead(String producer, long position, String lastEventHash, long checkpointedPosition) {

    boolean movedSinceCheckpoint() {
        return this.position > this.checkpointedPosition;
    }

    Checkpoint sign(UUID checkpointId, SigningKey key, Instant now) {
        // the statement includes the time; the topic keeps milliseconds, so the signed text must too
        return CheckpointStatement.sign(checkpointId.toString(), this.producer, this.position, this.lastEventHash,
                now.truncatedTo(ChronoUnit.MILLIS), key.id(), key.key());
    }

}
