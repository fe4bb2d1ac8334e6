package vn.phoihop.executiveboard.committee.adapter.out.persistence;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.phoihop.executiveboard.committee.application.UnitAssignments;
import vn.phoihop.executiveboard.committee.domain.UnitAssignment;

@Repository
class JdbcUnitAssignments implements UnitAssignments {

    private final JdbcClient jdbc;

    JdbcUnitAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UnitAssignment> all() {
        return jdbc.sql("SELECT unit_code, member_id, unit_name FROM unit_assignment ORDER BY unit_code")
            .query((row, number) -> new UnitAssignment(row.getString("unit_code"), row.getString("member_id"),
                    row.getString("unit_name")))
            .list();
    }

    @Override
    public void save(UnitAssignment assignment) {
        jdbc.sql("""
                INSERT INTO unit_assignment (unit_code, member_id, unit_name) VALUES (:unitCode, :memberId, :unitName)
                ON CONFLICT (unit_code) DO UPDATE SET member_id = excluded.member_id, unit_name = excluded.unit_name,
                    updated_at = now()""")
            .paramSource(assignment)
            .update();
    }

}
