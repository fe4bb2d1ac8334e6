package vn.phoihop.events;

import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * An event of the contract with the topic that carries it. The list is written out rather than scanned so that the
 * codec works from any jar; {@code SchemaVersionsTest} checks it against the schema files.
 */
record EventType(Class<? extends SpecificRecord> javaClass, Schema schema, String topic, String producer) {

    static final List<EventType> ALL = List.of(
            new EventType(ConsultationRequested.class, ConsultationRequested.getClassSchema(),
                    Topics.CADRE_BOARD_EVENTS, Topics.CADRE_BOARD),
            new EventType(InformationSupplied.class, InformationSupplied.getClassSchema(),
                    Topics.CADRE_BOARD_EVENTS, Topics.CADRE_BOARD),
            new EventType(CaseWithdrawn.class, CaseWithdrawn.getClassSchema(),
                    Topics.CADRE_BOARD_EVENTS, Topics.CADRE_BOARD),
            new EventType(ConsultationOverdue.class, ConsultationOverdue.getClassSchema(),
                    Topics.CADRE_BOARD_EVENTS, Topics.CADRE_BOARD),
            new EventType(DecisionMeetingRecorded.class, DecisionMeetingRecorded.getClassSchema(),
                    Topics.CADRE_BOARD_EVENTS, Topics.CADRE_BOARD),
            new EventType(SubmittedUpward.class, SubmittedUpward.getClassSchema(),
                    Topics.CADRE_BOARD_EVENTS, Topics.CADRE_BOARD),
            new EventType(DecisionFinalised.class, DecisionFinalised.getClassSchema(),
                    Topics.CADRE_BOARD_EVENTS, Topics.CADRE_BOARD),
            new EventType(ConsultationReceived.class, ConsultationReceived.getClassSchema(),
                    Topics.EXECUTIVE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD),
            new EventType(MemberReviewRecorded.class, MemberReviewRecorded.getClassSchema(),
                    Topics.EXECUTIVE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD),
            new EventType(ConsultationRefused.class, ConsultationRefused.getClassSchema(),
                    Topics.EXECUTIVE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD),
            new EventType(OpinionIssued.class, OpinionIssued.getClassSchema(),
                    Topics.EXECUTIVE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD));

    /** Not a case event and outside the chains: each board signs its own on {@link Topics#checkpointsOf}. */
    static final EventType CHECKPOINT = new EventType(Checkpoint.class, Checkpoint.getClassSchema(),
            Topics.checkpointsOf("<board>"), "each board");

    /** Every record type of the contract: what the codec reads and writes and the build keeps versions of. */
    static final List<EventType> CONTRACT = Stream.concat(ALL.stream(), Stream.of(CHECKPOINT))
            .toList();

    String name() {
        return schema.getName();
    }
}
