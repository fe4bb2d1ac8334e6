package vn.phoihop.audit.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.CheckpointStatement;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.EventHash;
import vn.phoihop.testing.history.TermRecord;

/**
 * A board that breaks a rule but signs honestly: edits its events, then chains and signs them as a real board would,
 * so that only the rules of the regulation, not the tamper evidence, can catch it.
 */
final class Rechaining {

    private static final EventCodec CODEC = EventCodec.create();

    private Rechaining() {
    }

    /** {@code edit} sees each event and returns it changed, unchanged, or null to leave it out. */
    static List<TermRecord> rewrite(List<TermRecord> records, BoardKeys keys, UnaryOperator<SpecificRecord> edit) {
        Map<String, String> heads = new HashMap<>();
        Map<String, Long> positions = new HashMap<>();
        List<TermRecord> out = new ArrayList<>();
        for (TermRecord record : records) {
            SpecificRecord decoded = CODEC.decode(record.value());
            if (decoded instanceof Checkpoint checkpoint) {
                String producer = checkpoint.getProducer();
                out.add(with(record, CheckpointStatement.sign(UUID.randomUUID().toString(), producer,
                        positions.getOrDefault(producer, 0L), heads.get(producer), checkpoint.getSignedAt(),
                        BoardKeys.keyIdOf(producer), keys.of(producer).getPrivate())));
                continue;
            }
            SpecificRecord edited = edit.apply(decoded);
            if (edited == null) {
                continue;
            }
            Envelope envelope = EventCodec.envelopeOf(edited);
            envelope.setPreviousEventHash(heads.get(envelope.getProducer()));
            byte[] bytes = CODEC.encode(edited);
            heads.put(envelope.getProducer(), EventHash.of(bytes));
            positions.merge(envelope.getProducer(), 1L, Long::sum);
            out.add(new TermRecord(record.topic(), record.key(), bytes, record.timestamp(), record.headers()));
        }
        return out;
    }

    private static TermRecord with(TermRecord record, SpecificRecord value) {
        return new TermRecord(record.topic(), record.key(), CODEC.encode(value), record.timestamp(), record.headers());
    }
}
