package vn.phoihop.simulation;

import java.time.Instant;
import java.util.UUID;

import vn.phoihop.cadreboard.cases.domain.CaseEvent;
import vn.phoihop.executiveboard.consultations.domain.ConsultationEvent;

/**
 * A published event as it travels: its envelope (event id, case, sequence, when) and the producer's domain event,
 * which the receiving side maps the way its Kafka adapter maps the Avro record. {@code tick} orders everything
 * that happens in a run.
 */
record Message(UUID eventId, Direction direction, UUID caseId, long sequence, Object event, Instant occurredAt,
        long tick) {

    static Message of(CaseEvent event, UUID eventId, Instant occurredAt, long tick) {
        return new Message(eventId, Direction.TO_EXECUTIVE_BOARD, event.caseId().value(), event.sequence(), event,
                occurredAt, tick);
    }

    static Message of(ConsultationEvent event, UUID eventId, Instant occurredAt, long tick) {
        return new Message(eventId, Direction.TO_CADRE_BOARD, event.caseId(), event.sequence(), event, occurredAt,
                tick);
    }

    @Override
    public String toString() {
        return Labels.of(eventId) + " " + Describe.event(event);
    }

}
