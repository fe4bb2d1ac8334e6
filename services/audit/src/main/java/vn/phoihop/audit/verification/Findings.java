package vn.phoihop.audit.verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.phoihop.audit.verdict.Rule;
import vn.phoihop.audit.verdict.Violation;

/** The violations found on one case, reported in the order of the history so that a reader can follow them. */
final class Findings {

    private final String caseId;

    private final List<Found> found = new ArrayList<>();

    Findings(String caseId) {
        this.caseId = caseId;
    }

    /** @param at the event that shows the violation, or for an absence the event that should have had it */
    void add(Rule rule, Recorded<?> at, String evidence) {
        this.found.add(new Found(at.position(), rule.violatedBy(this.caseId, at.eventId(), evidence)));
    }

    List<Violation> inHistoryOrder() {
        // most cases are clean
        if (this.found.isEmpty()) {
            return List.of();
        }
        return this.found.stream().sorted(Comparator.comparingInt(Found::position)).map(Found::violation).toList();
    }

    private record Found(int position, Violation violation) {
    }
}
