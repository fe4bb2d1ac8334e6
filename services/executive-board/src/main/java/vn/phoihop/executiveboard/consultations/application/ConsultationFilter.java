package vn.phoihop.executiveboard.consultations.application;

import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;
import vn.phoihop.regulation.ActionKind;

/**
 * Which consultations a list shows; a null criterion does not filter. {@code overdue} means still pending after
 * the due date or flagged overdue by the cadre board; {@code open} means not yet answered or ended: pending, or
 * waiting for the information the Standing Committee asked for.
 */
public record ConsultationFilter(ConsultationStatus status, ActionKind kind, String unitCode, Boolean overdue,
        String assignedMemberId, Boolean open) {
}
