package vn.phoihop.audit.verification;

import java.util.List;
import java.util.Objects;

import vn.phoihop.audit.verdict.Violation;

/** What the audit found on one case: its outline and every rule its history broke, in the order of the history. */
public record CaseVerdict(String caseId, CaseOutline outline, List<Violation> violations) {

    public CaseVerdict {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(outline, "outline");
        violations = List.copyOf(violations);
    }

    public boolean clean() {
        return this.violations.isEmpty();
    }
}
