package vn.phoihop.audit.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.regulation.ActionKind;

/**
 * A case's approved decision as the term report counts it. The cadre board counts its cases by the kind of the
 * proposal, the authority that decided and the date the decision takes effect, so these are what is read here.
 *
 * @param kind empty when no event names it: only a request for an opinion carries the kind, and a kind the
 *        regulation decides without consultation publishes none; a kind newer than this reader is unknown too
 * @param authority {@code UNKNOWN} when the event names an authority newer than this reader
 */
record CountedDecision(Optional<ActionKind> kind, DecidingAuthority authority, LocalDate effectiveDate) {

    /** The case's approved decision, if it has one: a rejected decision, or none yet, counts nowhere. */
    static Optional<CountedDecision> of(CaseHistory history) {
        List<DecisionFinalised> decisions = history.all(DecisionFinalised.class);
        if (decisions.isEmpty()) {
            return Optional.empty();
        }
        // a case is decided once; should a history hold more, the board's row keeps the last one written
        DecisionFinalised decision = decisions.getLast();
        if (decision.getOutcome() != DecisionOutcome.APPROVED || decision.getEffectiveDate() == null) {
            return Optional.empty();
        }
        return Optional.of(new CountedDecision(kindOf(history), decision.getAuthority(), decision.getEffectiveDate()));
    }

    boolean effectiveWithin(LocalDate from, LocalDate to) {
        return !this.effectiveDate.isBefore(from) && !this.effectiveDate.isAfter(to);
    }

    // an amendment never changes the kind, so every request of a case names the same one
    private static Optional<ActionKind> kindOf(CaseHistory history) {
        List<ConsultationRequested> requests = history.all(ConsultationRequested.class);
        if (requests.isEmpty()) {
            return Optional.empty();
        }
        String name = requests.getLast().getActionKind().name();
        return Arrays.stream(ActionKind.values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
