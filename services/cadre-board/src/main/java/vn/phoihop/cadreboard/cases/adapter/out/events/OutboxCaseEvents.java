package vn.phoihop.cadreboard.cases.adapter.out.events;

import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.phoihop.cadreboard.cases.application.CaseEvents;
import vn.phoihop.cadreboard.cases.domain.CaseEvent;
import vn.phoihop.messaging.Outbox;

/** Writes the case's events to the outbox, from where Debezium publishes them on the cadre board's topic. */
@Component
class OutboxCaseEvents implements CaseEvents {

    private final Outbox outbox;

    OutboxCaseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public UUID publish(CaseEvent event) {
        return outbox.append(event.caseId().toString(), event.sequence(), event.stamp().regulation().version(),
                envelope -> AvroCaseEvents.of(envelope, event))
            .eventId();
    }

}
