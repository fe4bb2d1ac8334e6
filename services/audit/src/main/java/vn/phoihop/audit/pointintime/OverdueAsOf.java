package vn.phoihop.audit.pointintime;

import java.time.LocalDate;

import vn.phoihop.events.ConsultationOverdue;

/** The cadre board's finding that the opinion on the current version had not come by its due date. */
public record OverdueAsOf(String eventId, int proposalVersion, LocalDate dueDate, LocalDate detectedOn,
        boolean deemedConsent) {

    static OverdueAsOf of(ConsultationOverdue overdue) {
        return new OverdueAsOf(overdue.getEnvelope().getEventId(), overdue.getProposalVersion(), overdue.getDueDate(),
                overdue.getDetectedOn(), overdue.getDeemedConsent());
    }
}
