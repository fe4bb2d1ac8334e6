package vn.phoihop.cadreboard.cases.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.cadreboard.cases.application.PersonnelCases;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.CaseStatus;
import vn.phoihop.cadreboard.cases.domain.Decision;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.cadreboard.cases.domain.ReceivedOpinion;
import vn.phoihop.cadreboard.cases.domain.RegulationRef;

@Repository
class JdbcPersonnelCases implements PersonnelCases {

    private static final String COLUMNS = "id, proposal, proposal_version, regulation_id, regulation_version, "
            + "response_working_days, status, last_sequence, opinion, decision";

    private final JdbcClient jdbc;

    private final JsonMapper json;

    JdbcPersonnelCases(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void add(PersonnelCase c) {
        jdbc.sql("""
                INSERT INTO personnel_case (id, kind, proposal, proposal_version, regulation_id, regulation_version,
                    response_working_days, status, last_sequence, opinion, decision)
                VALUES (:id, :kind, :proposal::jsonb, :version, :regulationId, :regulationVersion, :days, :status,
                    :sequence, :opinion::jsonb, :decision::jsonb)""")
            .params(parameters(c))
            .param("kind", c.proposal().kind().name())
            .param("regulationId", c.regulation().id())
            .param("regulationVersion", c.regulation().version())
            .param("days", c.regulation().responseWorkingDays())
            .update();
    }

    @Override
    public void update(PersonnelCase c) {
        jdbc.sql("""
                UPDATE personnel_case SET proposal = :proposal::jsonb, proposal_version = :version, status = :status,
                    last_sequence = :sequence, opinion = :opinion::jsonb, decision = :decision::jsonb, updated_at = now()
                WHERE id = :id""")
            .params(parameters(c))
            .update();
    }

    private Map<String, Object> parameters(PersonnelCase c) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", c.id().value());
        parameters.put("proposal", json.writeValueAsString(c.proposal()));
        parameters.put("version", c.proposalVersion());
        parameters.put("status", c.status().name());
        parameters.put("sequence", c.lastSequence());
        parameters.put("opinion", c.opinion().map(json::writeValueAsString).orElse(null));
        parameters.put("decision", c.decision().map(json::writeValueAsString).orElse(null));
        return parameters;
    }

    @Override
    public Optional<PersonnelCase> lock(CaseId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM personnel_case WHERE id = ? FOR UPDATE")
            .param(id.value())
            .query(this::map)
            .optional();
    }

    @Override
    public Optional<PersonnelCase> find(CaseId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM personnel_case WHERE id = ?").param(id.value()).query(this::map).optional();
    }

    @Override
    public List<PersonnelCase> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM personnel_case ORDER BY opened_at DESC LIMIT ?")
            .param(limit)
            .query(this::map)
            .list();
    }

    private PersonnelCase map(ResultSet row, int rowNumber) throws SQLException {
        return PersonnelCase.restore(new CaseId(row.getObject("id", UUID.class)),
                json.readValue(row.getString("proposal"), Proposal.class), row.getInt("proposal_version"),
                new RegulationRef(row.getString("regulation_id"), row.getString("regulation_version"),
                        row.getInt("response_working_days")),
                CaseStatus.valueOf(row.getString("status")), row.getLong("last_sequence"),
                read(row.getString("opinion"), ReceivedOpinion.class), read(row.getString("decision"), Decision.class));
    }

    private <T> T read(String text, Class<T> type) {
        return text == null ? null : json.readValue(text, type);
    }

}
