package vn.phoihop.executiveboard.consultations.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.executiveboard.consultations.domain.Closure;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.ConsultationState;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;
import vn.phoihop.executiveboard.consultations.domain.InformationExchange;
import vn.phoihop.executiveboard.consultations.domain.IssuedOpinion;
import vn.phoihop.executiveboard.consultations.domain.MemberReview;
import vn.phoihop.executiveboard.consultations.domain.Refusal;
import vn.phoihop.executiveboard.consultations.domain.RequestedConsultation;

/** A consultation's state to the columns of its row and back; value objects travel as JSON. */
@Component
class ConsultationRows {

    static final String COLUMNS = "request, status, assigned_member_id, review, opinion, information, "
            + "overdue_flagged, deemed_consent, closure, refusal, last_sequence";

    private static final TypeReference<List<InformationExchange>> EXCHANGES = new TypeReference<>() {
    };

    private final JsonMapper json;

    ConsultationRows(JsonMapper json) {
        this.json = json;
    }

    Map<String, Object> parameters(ConsultationState state) {
        RequestedConsultation request = state.request();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("caseId", request.caseId());
        parameters.put("request", json.writeValueAsString(request));
        parameters.put("version", request.proposalVersion());
        parameters.put("status", state.status().name());
        parameters.put("dueDate", request.dueDate());
        parameters.put("sequence", state.lastSequence());
        parameters.put("opinion", write(state.opinion()));
        parameters.put("kind", request.proposal().kind() == null ? null : request.proposal().kind().name());
        parameters.put("unitCode", request.unitCode());
        parameters.put("assignedMemberId", state.assignedMemberId());
        parameters.put("overdueFlagged", state.overdueFlagged());
        parameters.put("deemedConsent", state.deemedConsent());
        parameters.put("review", write(state.review()));
        parameters.put("information", json.writeValueAsString(state.information()));
        parameters.put("closure", write(state.closure()));
        parameters.put("refusal", write(state.refusal()));
        return parameters;
    }

    Consultation map(ResultSet row, int rowNumber) throws SQLException {
        return Consultation.restore(new ConsultationState(read(row, "request", RequestedConsultation.class),
                ConsultationStatus.valueOf(row.getString("status")), row.getString("assigned_member_id"),
                read(row, "review", MemberReview.class), read(row, "opinion", IssuedOpinion.class),
                json.readValue(row.getString("information"), EXCHANGES), row.getBoolean("overdue_flagged"),
                row.getBoolean("deemed_consent"), read(row, "closure", Closure.class),
                read(row, "refusal", Refusal.class), row.getLong("last_sequence")));
    }

    private String write(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private <T> T read(ResultSet row, String column, Class<T> type) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : json.readValue(value, type);
    }

}
