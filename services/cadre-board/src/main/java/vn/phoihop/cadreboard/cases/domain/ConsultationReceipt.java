package vn.phoihop.cadreboard.cases.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The executive board has received the request on a proposal version and assigned it to the member who follows
 * the unit ({@code assignedMemberId} null when nobody does).
 */
public record ConsultationReceipt(int proposalVersion, Instant receivedAt, String assignedMemberId, String unitCode,
        LocalDate dueDate) implements ExecutiveBoardAnswer {
}
