package vn.phoihop.testing.history;

import java.security.KeyPair;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.CheckpointStatement;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.EventCodec;

/** Keys for both boards, terms signed with them, and their records decoded. */
final class TermFixture {

    static final EventCodec CODEC = EventCodec.create();

    static final KeyPair CADRE_BOARD_KEY = CheckpointStatement.newKeyPair();

    static final KeyPair EXECUTIVE_BOARD_KEY = CheckpointStatement.newKeyPair();

    private TermFixture() {
    }

    static SyntheticTerm term(long seed, long cases, int checkpointEvery) {
        return SyntheticTerm.builder()
            .seed(seed)
            .cases(cases)
            .checkpointEvery(checkpointEvery)
            .cadreBoardKey("cadre-board-2014", CADRE_BOARD_KEY.getPrivate())
            .executiveBoardKey("executive-board-2014", EXECUTIVE_BOARD_KEY.getPrivate())
            .build();
    }

    static List<Published> published(SyntheticTerm term) {
        return term.records().map(Published::new).toList();
    }

    /** A record with what it carries, decoded. */
    record Published(TermRecord record, SpecificRecord decoded) {

        Published(TermRecord record) {
            this(record, CODEC.decode(record.value()));
        }

        Envelope envelope() {
            return EventCodec.envelopeOf(decoded);
        }

        Checkpoint checkpoint() {
            return (Checkpoint) decoded;
        }

        <E> E event(Class<E> type) {
            return type.cast(decoded);
        }

        String type() {
            return decoded.getSchema().getName();
        }
    }
}
