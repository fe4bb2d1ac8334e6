package vn.phoihop.executiveboard.consultations.adapter.in.kafka;

import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.Position;
import vn.phoihop.executiveboard.consultations.application.ReceiveConsultationHandler;
import vn.phoihop.executiveboard.consultations.domain.RequestedConsultation;
import vn.phoihop.messaging.InboundEventHandler;

/** Events from the cadre board, mapped to the executive board's use cases. */
@Component
class CadreBoardEvents implements InboundEventHandler {

    private final ReceiveConsultationHandler receiveConsultation;

    CadreBoardEvents(ReceiveConsultationHandler receiveConsultation) {
        this.receiveConsultation = receiveConsultation;
    }

    @Override
    public void handle(SpecificRecord event, Envelope envelope) {
        if (event instanceof ConsultationRequested requested) {
            receiveConsultation.handle(toDomain(requested, envelope));
        }
    }

    private static RequestedConsultation toDomain(ConsultationRequested requested, Envelope envelope) {
        Position target = requested.getTargetPosition() != null ? requested.getTargetPosition()
                : requested.getCurrentPosition();
        return new RequestedConsultation(UUID.fromString(requested.getCaseId()), UUID.fromString(envelope.getEventId()),
                requested.getProposalVersion(), requested.getActionKind().name(), requested.getSubject().getCadreId(),
                requested.getSubject().getFullName(), target == null ? null : target.getTitle(),
                target == null ? null : target.getUnitCode(), target == null ? null : target.getUnitName(),
                target == null ? null : target.getTier().name(), requested.getRationale(), requested.getRegulationId(),
                envelope.getRegulationVersion(), requested.getResponseDueDate());
    }

}
