package vn.phoihop.cadreboard.cases.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.phoihop.cadreboard.cases.application.CaseHistory;
import vn.phoihop.cadreboard.cases.application.TimelineEntry;
import vn.phoihop.cadreboard.cases.application.TimelineStep;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.messaging.ActingUser;

/**
 * The history as rows of case_timeline. A board step is the signed-in user's, as for the events in the outbox: a
 * request is handled on one thread from controller to commit, so that thread's security context is the request's.
 */
@Repository
class JdbcCaseHistory implements CaseHistory {

    private final JdbcClient jdbc;

    JdbcCaseHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void boardStep(CaseId caseId, Instant at, TimelineStep step, int proposalVersion, String detail) {
        insert(caseId, new TimelineEntry(at, step, proposalVersion, detail, ActingUser.current()));
    }

    @Override
    public void executiveBoardStep(CaseId caseId, TimelineEntry entry) {
        insert(caseId, entry);
    }

    @Override
    public List<TimelineEntry> of(CaseId caseId) {
        return jdbc.sql("""
                SELECT occurred_at, step, proposal_version, detail, actor FROM case_timeline
                WHERE case_id = :caseId ORDER BY position""")
            .param("caseId", caseId.value())
            .query((row, number) -> new TimelineEntry(row.getTimestamp("occurred_at").toInstant(),
                    TimelineStep.valueOf(row.getString("step")), row.getInt("proposal_version"),
                    row.getString("detail"), row.getString("actor")))
            .list();
    }

    private void insert(CaseId caseId, TimelineEntry entry) {
        jdbc.sql("""
                INSERT INTO case_timeline (case_id, step, proposal_version, detail, actor, occurred_at)
                VALUES (:caseId, :step, :proposalVersion, :detail, :actor, :occurredAt)""")
            .param("caseId", caseId.value())
            .param("step", entry.step().name())
            .param("proposalVersion", entry.proposalVersion())
            .param("detail", entry.detail())
            .param("actor", entry.actor())
            .param("occurredAt", Timestamp.from(entry.at()))
            .update();
    }

}
