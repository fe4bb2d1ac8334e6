package vn.phoihop.cadreboard.cases.adapter.out.events;

import org.springframework.stereotype.Component;

import vn.phoihop.cadreboard.cases.application.CaseEvents;
import vn.phoihop.cadreboard.cases.domain.CaseEvent;
import vn.phoihop.cadreboard.cases.domain.ConsultationRequested;
import vn.phoihop.cadreboard.cases.domain.DecisionFinalised;
import vn.phoihop.messaging.Outbox;

/** Writes the case's events to the outbox, from where Debezium publishes them on the cadre board's topic. */
@Component
class OutboxCaseEvents implements CaseEvents {

    private final Outbox outbox;

    OutboxCaseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(CaseEvent event) {
        String caseId = event.caseId().toString();
        switch (event) {
            case ConsultationRequested requested -> outbox.append(caseId, requested.sequence(),
                    requested.regulation().version(), envelope -> AvroCaseEvents.consultationRequested(envelope, requested));
            case DecisionFinalised finalised -> outbox.append(caseId, finalised.sequence(),
                    finalised.regulation().version(), envelope -> AvroCaseEvents.decisionFinalised(envelope, finalised));
        }
    }

}
