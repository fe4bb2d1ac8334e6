package vn.phoihop.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.audit.verification.CaseStory.consulted;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.OpinionOutcome;

/** Verdicts and summaries go to JSON as they are: the read model, the web API and the reports store them so. */
class JsonShapeTest {

    private final JsonMapper json = JsonMapper.shared();

    @Test
    void aVerdictIsPlainJsonWithIsoDates() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE)
            .decided(DecisionOutcome.APPROVED);
        CaseVerdict verdict = Judge.verdictOn(story);

        JsonNode tree = this.json.readTree(this.json.writeValueAsString(verdict));

        assertThat(tree.path("outline").path("status").asString()).isEqualTo("DECIDED_APPROVED");
        assertThat(tree.path("outline").path("requestedOn").asString()).isEqualTo("2014-03-03");
        assertThat(tree.path("outline").path("regulation").path("version").asString()).isEqualTo("2013.1");
        assertThat(tree.path("violations").get(0).path("rule").asString()).isEqualTo("decision-meeting");
    }

    @Test
    void aTermSummaryIsPlainJson() {
        CaseStory story = consulted(CaseStory.appointment(), OpinionOutcome.AGREE)
            .decisionMeeting()
            .decided(DecisionOutcome.APPROVED);
        TermSummary summary = TermSummary.of(List.of(Judge.verdictOn(story)), LocalDate.of(2014, 1, 1),
                LocalDate.of(2014, 12, 31));

        JsonNode tree = this.json.readTree(this.json.writeValueAsString(summary));

        assertThat(tree.path("casesByKind").path("APPOINTMENT").path("DECIDED_APPROVED").asInt()).isEqualTo(1);
        assertThat(tree.path("approvedByCadreBoard").path("APPOINTMENT").asInt()).isEqualTo(1);
        assertThat(tree.path("violationsByRule").path("quorum").asInt(-1)).isZero();
        assertThat(tree.path("responseTimes").path("max").asInt()).isEqualTo(0);
    }
}
