package vn.phoihop.cadreboard.cases.application;

import java.util.UUID;

import vn.phoihop.cadreboard.cases.domain.CaseEvent;

/** Publishes what a case decided, inside the transaction that stores the case. */
public interface CaseEvents {

    /** @return the id the event is published under, which later events of the case may refer to */
    UUID publish(CaseEvent event);

}
