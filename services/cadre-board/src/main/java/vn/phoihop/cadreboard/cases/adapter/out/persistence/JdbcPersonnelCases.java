package vn.phoihop.cadreboard.cases.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.phoihop.cadreboard.cases.application.CaseFilter;
import vn.phoihop.cadreboard.cases.application.CasePage;
import vn.phoihop.cadreboard.cases.application.PersonnelCases;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@Repository
class JdbcPersonnelCases implements PersonnelCases {

    private static final String SELECT = "SELECT " + CaseRows.COLUMNS + " FROM personnel_case ";

    /** Served by the partial index personnel_case_past_due, whose condition it repeats literally. */
    private static final String PAST_DUE = "status = 'AWAITING_OPINION' AND NOT overdue AND due_date < :today";

    private final JdbcClient jdbc;

    private final CaseRows rows;

    JdbcPersonnelCases(JdbcClient jdbc, CaseRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    public void add(PersonnelCase c) {
        jdbc.sql("""
                INSERT INTO personnel_case (id, kind, regulation_id, regulation_version, state, proposal_version,
                    status, last_sequence, current_unit_code, target_unit_code, due_date, overdue, decision_outcome,
                    decision_authority, decision_effective_date)
                VALUES (:id, :kind, :regulationId, :regulationVersion, :state::jsonb, :proposalVersion, :status,
                    :lastSequence, :currentUnit, :targetUnit, :dueDate, :overdue, :decisionOutcome,
                    :decisionAuthority, :decisionEffectiveDate)""")
            .params(rows.parameters(c))
            .update();
    }

    @Override
    public void update(PersonnelCase c) {
        jdbc.sql("""
                UPDATE personnel_case SET kind = :kind, state = :state::jsonb, proposal_version = :proposalVersion,
                    status = :status, last_sequence = :lastSequence, current_unit_code = :currentUnit,
                    target_unit_code = :targetUnit, due_date = :dueDate, overdue = :overdue,
                    decision_outcome = :decisionOutcome, decision_authority = :decisionAuthority,
                    decision_effective_date = :decisionEffectiveDate, updated_at = now()
                WHERE id = :id""")
            .params(rows.parameters(c))
            .update();
    }

    @Override
    public Optional<PersonnelCase> lock(CaseId id) {
        return jdbc.sql(SELECT + "WHERE id = :id FOR UPDATE").param("id", id.value()).query(rows::map).optional();
    }

    @Override
    public Optional<PersonnelCase> find(CaseId id) {
        return jdbc.sql(SELECT + "WHERE id = :id").param("id", id.value()).query(rows::map).optional();
    }

    @Override
    public CasePage search(CaseFilter filter, int page, int size) {
        CaseSearch search = CaseSearch.of(filter);
        long total = jdbc.sql("SELECT count(*) FROM personnel_case" + search.where())
            .params(search.parameters())
            .query(Long.class)
            .single();
        var items = jdbc.sql(SELECT + search.where() + " ORDER BY opened_at DESC, id LIMIT :limit OFFSET :offset")
            .params(search.parameters())
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(rows::map)
            .list();
        return new CasePage(items, total);
    }

    @Override
    public List<CaseId> pastDue(LocalDate today) {
        return jdbc.sql("SELECT id FROM personnel_case WHERE " + PAST_DUE + " ORDER BY due_date, id")
            .param("today", today)
            .query((row, number) -> new CaseId(row.getObject("id", UUID.class)))
            .list();
    }

    @Override
    public Optional<PersonnelCase> lockPastDue(CaseId id, LocalDate today) {
        return jdbc.sql(SELECT + "WHERE id = :id AND " + PAST_DUE + " FOR UPDATE SKIP LOCKED")
            .param("id", id.value())
            .param("today", today)
            .query(rows::map)
            .optional();
    }

}
