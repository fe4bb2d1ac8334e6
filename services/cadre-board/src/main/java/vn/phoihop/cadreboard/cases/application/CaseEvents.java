package vn.phoihop.cadreboard.cases.application;

import vn.phoihop.cadreboard.cases.domain.CaseEvent;

/** Publishes what a case decided, inside the transaction that stored the decision. */
public interface CaseEvents {

    void publish(CaseEvent event);

}
