package vn.phoihop.cadreboard.cases.adapter.out.events;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.cadreboard.cases.domain.CaseEvent;
import vn.phoihop.cadreboard.cases.domain.CaseWithdrawn;
import vn.phoihop.cadreboard.cases.domain.ConsultationOverdue;
import vn.phoihop.cadreboard.cases.domain.ConsultationRequested;
import vn.phoihop.cadreboard.cases.domain.DecisionFinalised;
import vn.phoihop.cadreboard.cases.domain.DecisionMeetingRecorded;
import vn.phoihop.cadreboard.cases.domain.InformationSupplied;
import vn.phoihop.cadreboard.cases.domain.SubmittedUpward;
import vn.phoihop.events.Envelope;

/**
 * Domain events to their Avro contract (docs/events.md). With {@link AvroConsultationEvents} and
 * {@link AvroDecisionEvents}, the only place where the cadre board's model meets the schemas.
 */
final class AvroCaseEvents {

    private AvroCaseEvents() {
    }

    static SpecificRecord of(Envelope envelope, CaseEvent event) {
        return switch (event) {
            case ConsultationRequested requested -> AvroConsultationEvents.requested(envelope, requested);
            case InformationSupplied supplied -> AvroConsultationEvents.informationSupplied(envelope, supplied);
            case ConsultationOverdue overdue -> AvroConsultationEvents.overdue(envelope, overdue);
            case CaseWithdrawn withdrawn -> AvroConsultationEvents.withdrawn(envelope, withdrawn);
            case DecisionMeetingRecorded recorded -> AvroDecisionEvents.meetingRecorded(envelope, recorded);
            case SubmittedUpward submitted -> AvroDecisionEvents.submittedUpward(envelope, submitted);
            case DecisionFinalised finalised -> AvroDecisionEvents.finalised(envelope, finalised);
        };
    }

    /** Our enums and the schemas' share their symbols; the schemas' UNKNOWN is only ever read, never written. */
    static <E extends Enum<E>> E symbol(Enum<?> value, Class<E> schemaEnum) {
        return value == null ? null : Enum.valueOf(schemaEnum, value.name());
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

}
