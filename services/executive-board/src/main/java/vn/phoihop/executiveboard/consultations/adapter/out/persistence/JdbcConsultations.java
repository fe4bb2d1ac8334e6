package vn.phoihop.executiveboard.consultations.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.phoihop.executiveboard.consultations.application.ConsultationFilter;
import vn.phoihop.executiveboard.consultations.application.Consultations;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageRequest;

@Repository
class JdbcConsultations implements Consultations {

    private static final String SELECT = "SELECT " + ConsultationRows.COLUMNS + " FROM consultation ";

    /** Pending first, then soonest due; matches the index consultation_open_due. */
    private static final String INBOX_ORDER = " ORDER BY (status <> 'PENDING'), due_date, case_id";

    /** Overdue first, then soonest due. */
    private static final String DEADLINE_ORDER = " ORDER BY " + ListQuery.OVERDUE + " DESC, due_date, case_id";

    private final JdbcClient jdbc;

    private final ConsultationRows rows;

    JdbcConsultations(JdbcClient jdbc, ConsultationRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    public void add(Consultation consultation) {
        jdbc.sql("""
                INSERT INTO consultation (case_id, request, proposal_version, status, due_date, last_sequence,
                    opinion, action_kind, unit_code, assigned_member_id, overdue_flagged, deemed_consent, review,
                    information, closure, refusal)
                VALUES (:caseId, :request::jsonb, :version, :status, :dueDate, :sequence, :opinion::jsonb, :kind,
                    :unitCode, :assignedMemberId, :overdueFlagged, :deemedConsent, :review::jsonb,
                    :information::jsonb, :closure::jsonb, :refusal::jsonb)""")
            .params(rows.parameters(consultation.state()))
            .update();
    }

    @Override
    public void update(Consultation consultation) {
        jdbc.sql("""
                UPDATE consultation SET request = :request::jsonb, proposal_version = :version, status = :status,
                    due_date = :dueDate, last_sequence = :sequence, opinion = :opinion::jsonb, action_kind = :kind,
                    unit_code = :unitCode, assigned_member_id = :assignedMemberId, overdue_flagged = :overdueFlagged,
                    deemed_consent = :deemedConsent, review = :review::jsonb, information = :information::jsonb,
                    closure = :closure::jsonb, refusal = :refusal::jsonb, updated_at = now()
                WHERE case_id = :caseId""")
            .params(rows.parameters(consultation.state()))
            .update();
    }

    @Override
    public Optional<Consultation> lock(UUID caseId) {
        return jdbc.sql(SELECT + "WHERE case_id = ? FOR UPDATE").param(caseId).query(rows::map).optional();
    }

    @Override
    public Optional<Consultation> find(UUID caseId) {
        return jdbc.sql(SELECT + "WHERE case_id = ?").param(caseId).query(rows::map).optional();
    }

    @Override
    public Page<Consultation> list(ConsultationFilter filter, LocalDate today, PageRequest page) {
        return page(filter, today, page, INBOX_ORDER);
    }

    @Override
    public Page<Consultation> inbox(ConsultationFilter filter, LocalDate today, PageRequest page) {
        return page(filter, today, page, DEADLINE_ORDER);
    }

    private Page<Consultation> page(ConsultationFilter filter, LocalDate today, PageRequest page, String order) {
        ListQuery where = ListQuery.of(filter, today);
        long total = jdbc.sql("SELECT count(*) FROM consultation" + where.sql())
            .params(where.parameters())
            .query(Long.class)
            .single();
        List<Consultation> items = jdbc.sql(SELECT + where.sql() + order + " LIMIT :limit OFFSET :offset")
            .params(where.parameters())
            .params(Map.of("limit", page.size(), "offset", page.offset()))
            .query(rows::map)
            .list();
        return Page.of(items, page, total);
    }

    @Override
    public List<Consultation> lockUnassigned(String unitCode) {
        return jdbc.sql(SELECT + """
                WHERE unit_code = ? AND assigned_member_id IS NULL AND status IN ('PENDING', 'INFORMATION_REQUESTED')
                ORDER BY case_id FOR UPDATE""")
            .param(unitCode)
            .query(rows::map)
            .list();
    }

}
