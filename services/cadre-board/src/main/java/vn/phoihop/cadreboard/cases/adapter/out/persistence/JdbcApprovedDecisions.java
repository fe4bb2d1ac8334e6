package vn.phoihop.cadreboard.cases.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.phoihop.cadreboard.cases.application.ApprovedDecisions;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.DecidingAuthority;

/** Counted by the database over the indexed decision columns, so a whole term answers in one query. */
@Repository
class JdbcApprovedDecisions implements ApprovedDecisions {

    private final JdbcClient jdbc;

    JdbcApprovedDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Count> countEffectiveBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT kind, decision_authority, count(*) AS decisions FROM personnel_case
                WHERE decision_outcome = 'APPROVED' AND decision_effective_date BETWEEN :from AND :to
                GROUP BY kind, decision_authority""")
            .param("from", from)
            .param("to", to)
            .query((row, number) -> new Count(ActionKind.valueOf(row.getString("kind")),
                    DecidingAuthority.valueOf(row.getString("decision_authority")), row.getLong("decisions")))
            .list();
    }

}
