package vn.phoihop.cadreboard.cases.adapter.in.console;

import vn.phoihop.cadreboard.cases.application.TimelineEntry;
import vn.phoihop.cadreboard.cases.domain.CaseStatus;

/** How the pages mark a status and which texts name the detail of a line of history. */
public final class ConsoleLabels {

    /** The badge's class: settled well, needing attention, or ended badly. */
    public String badge(CaseStatus status) {
        return switch (status) {
            case DECIDED, OPINION_RECEIVED, READY_FOR_DECISION -> "ok";
            case INFORMATION_REQUESTED, DEEMED_CONSENT, SUBMITTED_UPWARD -> "warn";
            case CONSULTATION_REFUSED, WITHDRAWN -> "bad";
            case DRAFT, AWAITING_OPINION -> "";
        };
    }

    /** The message key of the line's detail; null when the detail is a rule's code, shown as it is. */
    public String detailKey(TimelineEntry entry) {
        String prefix = switch (entry.step()) {
            case OPINION_ISSUED, MEMBER_REVIEWED -> "opinion.";
            case DECIDED, HIGHER_DECISION_RECORDED -> "decision.";
            case SUBMITTED, AMENDED -> "status.";
            default -> null;
        };
        return prefix == null || entry.detail() == null ? null : prefix + entry.detail();
    }

}
