package vn.phoihop.cadreboard.cases.adapter.out.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.phoihop.cadreboard.cases.application.CaseFilter;

/** The WHERE clause of a case list: only the criteria given, each on an indexed column. */
record CaseSearch(String where, Map<String, Object> parameters) {

    static CaseSearch of(CaseFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.unitCode() != null) {
            conditions.add("(target_unit_code = :unit OR current_unit_code = :unit)");
            parameters.put("unit", filter.unitCode());
        }
        if (filter.overdue() != null) {
            conditions.add("overdue = :overdue");
            parameters.put("overdue", filter.overdue());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(state #>> '{proposal,subject,fullName}' ILIKE :text ESCAPE '\\'"
                    + " OR state #>> '{proposal,subject,cadreId}' ILIKE :text ESCAPE '\\'"
                    + " OR id::text LIKE :prefix ESCAPE '\\')");
            String literal = likeLiteral(filter.text().strip());
            parameters.put("text", "%" + literal + "%");
            parameters.put("prefix", literal.toLowerCase(Locale.ROOT) + "%");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new CaseSearch(where, Map.copyOf(parameters));
    }

    /** The text as LIKE reads it literally: its own % and _ are not wildcards. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
