package vn.phoihop.executiveboard.consultations.adapter.out.persistence;

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
import vn.phoihop.executiveboard.consultations.application.Consultations;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;
import vn.phoihop.executiveboard.consultations.domain.IssuedOpinion;
import vn.phoihop.executiveboard.consultations.domain.RequestedConsultation;

@Repository
class JdbcConsultations implements Consultations {

    private static final String COLUMNS = "request, status, last_sequence, opinion";

    private final JdbcClient jdbc;

    private final JsonMapper json;

    JdbcConsultations(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void add(Consultation consultation) {
        jdbc.sql("""
                INSERT INTO consultation (case_id, request, proposal_version, status, due_date, last_sequence, opinion)
                VALUES (:caseId, :request::jsonb, :version, :status, :dueDate, :sequence, :opinion::jsonb)""")
            .params(parameters(consultation))
            .update();
    }

    @Override
    public void update(Consultation consultation) {
        jdbc.sql("""
                UPDATE consultation SET request = :request::jsonb, proposal_version = :version, status = :status,
                    due_date = :dueDate, last_sequence = :sequence, opinion = :opinion::jsonb, updated_at = now()
                WHERE case_id = :caseId""")
            .params(parameters(consultation))
            .update();
    }

    private Map<String, Object> parameters(Consultation consultation) {
        RequestedConsultation request = consultation.request();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("caseId", request.caseId());
        parameters.put("request", json.writeValueAsString(request));
        parameters.put("version", request.proposalVersion());
        parameters.put("status", consultation.status().name());
        parameters.put("dueDate", request.dueDate());
        parameters.put("sequence", consultation.lastSequence());
        parameters.put("opinion", consultation.opinion().map(json::writeValueAsString).orElse(null));
        return parameters;
    }

    @Override
    public Optional<Consultation> lock(UUID caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consultation WHERE case_id = ? FOR UPDATE")
            .param(caseId)
            .query(this::map)
            .optional();
    }

    @Override
    public Optional<Consultation> find(UUID caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consultation WHERE case_id = ?").param(caseId).query(this::map).optional();
    }

    @Override
    public List<Consultation> inbox(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consultation ORDER BY status = 'PENDING' DESC, due_date, case_id LIMIT ?")
            .param(limit)
            .query(this::map)
            .list();
    }

    private Consultation map(ResultSet row, int rowNumber) throws SQLException {
        String opinion = row.getString("opinion");
        return Consultation.restore(json.readValue(row.getString("request"), RequestedConsultation.class),
                ConsultationStatus.valueOf(row.getString("status")), row.getLong("last_sequence"),
                opinion == null ? null : json.readValue(opinion, IssuedOpinion.class));
    }

}
