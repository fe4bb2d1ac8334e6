package vn.phoihop.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.local.demo.Ending.Decided;
import vn.phoihop.local.demo.Ending.DecidedAbove;
import vn.phoihop.regulation.ActionKind;

/** The bodies carry exactly the fields of docs/protocol.md, named as there, dates as ISO strings. */
class RestBodiesTest {

    private static final TermPlan TERM = DemoTerm.plan();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anAppointmentNamesItsTargetPostEffectiveDateAndTermButNoCurrentPost() {
        JsonNode body = json(RestBodies.proposal(first(ActionKind.APPOINTMENT, Story.ROUTINE).proposal()));

        assertThat(body.propertyNames()).containsExactly("kind", "subject", "targetPosition",
                "proposedEffectiveDate", "termYears", "rationale", "dossier");
        assertThat(body.path("subject").propertyNames()).containsExactly("cadreId", "fullName");
        assertThat(body.path("targetPosition").propertyNames())
                .containsExactly("title", "unitCode", "unitName", "tier");
        assertThat(body.path("dossier").get(0).propertyNames()).containsExactly("name", "mediaType", "sha256");
        assertThat(body.path("proposedEffectiveDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aReappointmentKeepsItsPostAndAnAmendmentAddsTheReason() {
        PlannedCase amended = first(ActionKind.REAPPOINTMENT, Story.AMENDED_AFTER_CONDITIONS);
        JsonNode body = json(RestBodies.amendment((Round.Amendment) amended.rounds().getFirst().followUp()));

        assertThat(body.path("currentPosition")).isEqualTo(body.path("targetPosition"));
        assertThat(body.path("reason").asString()).isNotBlank();
        assertThat(body.path("dossier")).hasSize(amended.proposal().dossier().size() + 1);
    }

    @Test
    void anOpinionCarriesItsVersionMeetingAndTallyButNoNames() {
        PlannedCase recused = first(ActionKind.REAPPOINTMENT, Story.SUBJECT_RECUSED);
        JsonNode body = json(RestBodies.opinion(1, recused.rounds().getFirst().opinion()));

        assertThat(body.propertyNames()).containsExactly("proposalVersion", "outcome", "meeting", "tally");
        assertThat(body.path("meeting").propertyNames()).containsExactly("date", "summoned", "present", "recusals");
        assertThat(body.path("meeting").path("recusals").get(0).propertyNames()).containsExactly("memberId", "reason");
        assertThat(body.path("meeting").path("recusals").get(0).path("reason").asString()).isEqualTo("SUBJECT_OF_CASE");
        assertThat(body.path("tally").propertyNames()).containsExactly("agree", "disagree", "abstain", "invalid");
    }

    @Test
    void aRequestForInformationAsksAndTheAnswerCarriesItsDate() {
        PlannedCase asked = first(ActionKind.APPOINTMENT, Story.INFORMATION_REQUESTED);
        Round round = asked.rounds().getFirst();

        assertThat(json(RestBodies.opinion(1, round.opinion())).path("questions")).isNotEmpty();
        assertThat(json(RestBodies.information((Round.Information) round.followUp())).propertyNames())
                .containsExactly("answers", "dossier", "suppliedOn");
    }

    @Test
    void decisionsAndUpwardSubmissionsAsTheContractNamesThem() {
        Decided contrary = (Decided) first(ActionKind.APPOINTMENT, Story.CONTRARY_DECISION).ending();
        DecidedAbove above = (DecidedAbove) TERM.cases().stream().filter(PlannedCase::decidedAbove).findFirst()
                .orElseThrow().ending();

        assertThat(json(RestBodies.decisionMeeting(contrary.meeting())).propertyNames()).containsExactly(
                "meetingDate", "membersTotal", "present", "inFavour", "against", "abstain");
        assertThat(json(RestBodies.decision(contrary.decision())).propertyNames()).containsExactly("outcome",
                "decisionNumber", "effectiveDate", "justification");
        assertThat(json(RestBodies.upwardSubmission(above.submission())).propertyNames()).containsExactly(
                "authorityName", "submissionNumber", "submittedOn");
        assertThat(json(RestBodies.higherDecision(above.decision())).propertyNames()).containsExactly("outcome",
                "decisionNumber", "effectiveDate", "authorityName");
    }

    @Test
    void theRosterAndItsUnits() {
        assertThat(json(RestBodies.member(TERM.roster().getFirst()))).isEqualTo(json(Map.of("fullName",
                "Phạm Đức Thắng", "cadreId", TERM.roster().getFirst().cadreId(), "username", "uv01", "title",
                "Bí thư Đảng ủy", "active", true)));
        assertThat(json(RestBodies.unitAssignment(TERM.assignments().getFirst())).propertyNames())
                .containsExactly("memberId", "unitName");
        assertThat(json(RestBodies.review(first(ActionKind.APPOINTMENT, Story.ROUTINE).rounds().getFirst().review()))
                .propertyNames()).containsExactly("recommendation", "note", "reviewedOn");
    }

    private static PlannedCase first(ActionKind kind, Story story) {
        return TERM.cases().stream().filter(planned -> planned.proposal().kind() == kind && planned.story() == story)
                .findFirst().orElseThrow();
    }

    private static JsonNode json(Object body) {
        return JSON.readTree(JSON.writeValueAsString(body));
    }
}
