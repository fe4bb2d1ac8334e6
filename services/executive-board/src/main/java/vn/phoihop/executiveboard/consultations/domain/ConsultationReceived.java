package vn.phoihop.executiveboard.consultations.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A request is in the inbox, routed to the member who follows its unit (none when nobody does yet). */
public record ConsultationReceived(UUID caseId, long sequence, String regulationVersion, int proposalVersion,
        String assignedMemberId, String unitCode, LocalDate dueDate, UUID requestEventId)
        implements ConsultationEvent {
}
