package vn.phoihop.audit.verdict;

import java.util.Objects;

/**
 * A rule the history broke, with the evidence.
 *
 * @param rule the rule's id, e.g. {@code quorum} or {@code chain-link}
 * @param stream the producer whose stream it concerns, for tamper evidence; null for a case rule
 * @param caseId the case it concerns; null when the record could not be tied to a case
 * @param eventId the event that shows it; null when the evidence is an absence
 * @param evidence what was found against what the rule requires, in numbers and ids, never personal data
 */
public record Violation(String rule, String stream, String caseId, String eventId, String evidence) {

    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
    }

    public static Violation ofCase(String rule, String caseId, String eventId, String evidence) {
        return new Violation(rule, null, caseId, eventId, evidence);
    }

    public static Violation ofStream(String rule, String stream, String caseId, String eventId, String evidence) {
        return new Violation(rule, Objects.requireNonNull(stream, "stream"), caseId, eventId, evidence);
    }

    @Override
    public String toString() {
        return "[" + this.rule + "]" + (this.stream == null ? "" : " stream " + this.stream)
                + (this.caseId == null ? "" : " case " + this.caseId)
                + (this.eventId == null ? "" : " event " + this.eventId) + ": " + this.evidence;
    }
}
