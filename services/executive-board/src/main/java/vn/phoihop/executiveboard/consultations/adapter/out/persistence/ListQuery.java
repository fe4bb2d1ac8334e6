package vn.phoihop.executiveboard.consultations.adapter.out.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.phoihop.executiveboard.consultations.application.ConsultationFilter;

/** The WHERE clause of a list, over indexed columns, with only the criteria given. */
record ListQuery(String sql, Map<String, Object> parameters) {

    /** Pending after its due date by the board's calendar, or flagged overdue by the cadre board. */
    static final String OVERDUE = "(status = 'PENDING' AND (overdue_flagged OR due_date < :today))";

    private static final String OPEN = "status IN ('PENDING', 'INFORMATION_REQUESTED')";

    static ListQuery of(ConsultationFilter filter, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            conditions.add("action_kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.unitCode() != null) {
            conditions.add("unit_code = :unitCode");
            parameters.put("unitCode", filter.unitCode());
        }
        if (filter.assignedMemberId() != null) {
            conditions.add("assigned_member_id = :assignedMemberId");
            parameters.put("assignedMemberId", filter.assignedMemberId());
        }
        if (filter.overdue() != null) {
            conditions.add(filter.overdue() ? OVERDUE : "NOT " + OVERDUE);
        }
        if (filter.open() != null) {
            conditions.add(filter.open() ? OPEN : "NOT " + OPEN);
        }
        // the inbox order compares with today even when no criterion does
        parameters.put("today", today);
        return new ListQuery(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
    }

}
