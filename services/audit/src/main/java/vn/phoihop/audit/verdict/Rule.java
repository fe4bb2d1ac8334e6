package vn.phoihop.audit.verdict;

/**
 * A rule the audit checks: its id, as violations and reports name it, and what it requires in one sentence.
 */
public record Rule(String id, String requirement) {

    public Violation violatedBy(String caseId, String eventId, String evidence) {
        return Violation.ofCase(this.id, caseId, eventId, evidence);
    }
}
