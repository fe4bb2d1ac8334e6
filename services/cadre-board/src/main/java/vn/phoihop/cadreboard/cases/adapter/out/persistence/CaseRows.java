package vn.phoihop.cadreboard.cases.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.CaseState;
import vn.phoihop.cadreboard.cases.domain.Decision;
import vn.phoihop.cadreboard.cases.domain.Deadline;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.cadreboard.cases.domain.Position;
import vn.phoihop.regulation.Regulations;

/** A case as a row of personnel_case: its state as jsonb, with copies of what queries filter on. */
@Component
class CaseRows {

    static final String COLUMNS = "id, regulation_id, regulation_version, state";

    private final JsonMapper json;

    private final Regulations regulations;

    CaseRows(JsonMapper json, Regulations regulations) {
        this.json = json;
        this.regulations = regulations;
    }

    Map<String, Object> parameters(PersonnelCase c) {
        CaseState state = c.state();
        Optional<Decision> decision = Optional.ofNullable(state.decision());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", c.id().value());
        parameters.put("kind", state.proposal().kind().name());
        parameters.put("regulationId", c.regulation().id());
        parameters.put("regulationVersion", c.regulation().version());
        parameters.put("state", json.writeValueAsString(state));
        parameters.put("proposalVersion", state.proposalVersion());
        parameters.put("status", state.status().name());
        parameters.put("lastSequence", state.lastSequence());
        parameters.put("currentUnit", unitCode(state.proposal().currentPosition()));
        parameters.put("targetUnit", unitCode(state.proposal().targetPosition()));
        Optional<Deadline> deadline = Optional.ofNullable(state.consultation().deadline());
        parameters.put("dueDate", deadline.map(Deadline::dueDate).orElse(null));
        parameters.put("overdue", deadline.map(Deadline::overdue).orElse(false));
        parameters.put("decisionOutcome", decision.map(d -> d.outcome().name()).orElse(null));
        parameters.put("decisionAuthority", decision.map(d -> d.authority().name()).orElse(null));
        parameters.put("decisionEffectiveDate", decision.map(Decision::effectiveDate).orElse(null));
        return parameters;
    }

    /** Resolves the case's regulation among the board's: a case keeps the rules it was opened under. */
    PersonnelCase map(ResultSet row, int rowNumber) throws SQLException {
        return PersonnelCase.restore(new CaseId(row.getObject("id", UUID.class)),
                regulations.require(row.getString("regulation_id"), row.getString("regulation_version")),
                json.readValue(row.getString("state"), CaseState.class));
    }

    private static String unitCode(Position position) {
        return position == null ? null : position.unitCode();
    }

}
