package vn.phoihop.audit.chain;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.phoihop.audit.history.HistoryEvent;
import vn.phoihop.audit.history.TopicRecord;
import vn.phoihop.events.CaseWithdrawn;
import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.CheckpointStatement;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.EventHash;
import vn.phoihop.events.Topics;

/** A board's stream as the outbox writes it: small events, each naming the hash of the one before. */
final class ChainedEvents {

    static final EventCodec CODEC = EventCodec.create();

    static final Instant START = Instant.parse("2013-07-01T01:00:00Z");

    final KeyPair key = CheckpointStatement.newKeyPair();

    final List<HistoryEvent> events = new ArrayList<>();

    final List<byte[]> bytes = new ArrayList<>();

    ChainedEvents(int count, int partitions) {
        String previous = null;
        for (int i = 0; i < count; i++) {
            CaseWithdrawn event = event(i, previous, "withdrawn " + i);
            byte[] encoded = CODEC.encode(event);
            this.bytes.add(encoded);
            this.events.add(historyEvent(event, encoded, i % partitions, i / partitions));
            previous = EventHash.of(encoded);
        }
    }

    static CaseWithdrawn event(int i, String previous, String reason) {
        String caseId = new UUID(7, i).toString();
        return CaseWithdrawn.newBuilder()
            .setEnvelope(Envelope.newBuilder()
                .setEventId(new UUID(1, i).toString())
                .setCaseId(caseId)
                .setSequence(1)
                .setOccurredAt(START.plusSeconds(i))
                .setProducer(Topics.CADRE_BOARD)
                .setRegulationVersion("2013.1")
                .setPreviousEventHash(previous)
                .build())
            .setCaseId(caseId)
            .setProposalVersion(1)
            .setReason(reason)
            .setWithdrawnAt(START.plusSeconds(i))
            .build();
    }

    static HistoryEvent historyEvent(CaseWithdrawn event, byte[] encoded, int partition, long offset) {
        return HistoryEvent.of(CODEC.decode(encoded), new TopicRecord(Topics.CADRE_BOARD_EVENTS, partition, offset,
                event.getWithdrawnAt(), event.getCaseId(), encoded));
    }

    Checkpoint checkpoint(int position, String keyId) {
        return CheckpointStatement.sign(UUID.randomUUID().toString(), Topics.CADRE_BOARD, position,
                this.events.get(position - 1).hash(), START.plusSeconds(position), keyId, this.key.getPrivate());
    }

    Keyring keyring(String keyId) {
        return new Keyring(Map.of(Topics.CADRE_BOARD, Map.of(keyId, this.key.getPublic())));
    }
}
