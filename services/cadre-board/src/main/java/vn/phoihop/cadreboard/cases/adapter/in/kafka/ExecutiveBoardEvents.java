package vn.phoihop.cadreboard.cases.adapter.in.kafka;

import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

import vn.phoihop.cadreboard.cases.application.ReceiveOpinion;
import vn.phoihop.cadreboard.cases.application.ReceiveOpinionHandler;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.OpinionOutcome;
import vn.phoihop.cadreboard.cases.domain.ReceivedOpinion;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.messaging.InboundEventHandler;
import vn.phoihop.messaging.RejectedEventException;

/** Events from the executive board, mapped to the cadre board's use cases. */
@Component
class ExecutiveBoardEvents implements InboundEventHandler {

    private final ReceiveOpinionHandler receiveOpinion;

    ExecutiveBoardEvents(ReceiveOpinionHandler receiveOpinion) {
        this.receiveOpinion = receiveOpinion;
    }

    @Override
    public void handle(SpecificRecord event, Envelope envelope) {
        if (event instanceof OpinionIssued opinion) {
            receiveOpinion.handle(new ReceiveOpinion(CaseId.parse(opinion.getCaseId()), new ReceivedOpinion(
                    UUID.fromString(envelope.getEventId()), opinion.getProposalVersion(), outcome(opinion))));
        }
    }

    private static OpinionOutcome outcome(OpinionIssued opinion) {
        try {
            return OpinionOutcome.valueOf(opinion.getOutcome().name());
        }
        catch (IllegalArgumentException unknown) {
            throw new RejectedEventException("opinion outcome " + opinion.getOutcome() + " is not known to this board");
        }
    }

}
