package vn.phoihop.audit.verification;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.events.CaseWithdrawn;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.SubmittedUpward;
import vn.phoihop.events.Topics;

/**
 * {@code closed-case}: a decided or withdrawn case is final, and a case submitted upward waits only for the higher
 * authority's decision. Only the cadre board's own events are judged: the executive board may publish (an opinion,
 * say) before it has read the event that closed the case, and the cadre board then keeps it as history; no event
 * tells when the executive board read the closing one.
 */
final class ClosedCaseCheck implements CaseCheck {

    @Override
    public void check(CaseFacts facts, Findings findings) {
        Recorded<?> closing = null;
        Recorded<?> submission = null;
        for (Recorded<SpecificRecord> event : facts.events()) {
            if (!Topics.CADRE_BOARD.equals(event.record().producer())) {
                continue;
            }
            if (closing != null) {
                findings.add(CaseRules.CLOSED_CASE, event, event.type() + " after " + closing
                        + " had closed the case");
            }
            else if (submission != null && !(event.event() instanceof DecisionFinalised)) {
                findings.add(CaseRules.CLOSED_CASE, event, event.type() + " after " + submission
                        + ", which leaves only the higher authority's decision");
            }
            if (event.event() instanceof DecisionFinalised || event.event() instanceof CaseWithdrawn) {
                closing = closing == null ? event : closing;
            }
            else if (event.event() instanceof SubmittedUpward) {
                submission = submission == null ? event : submission;
            }
        }
    }
}
