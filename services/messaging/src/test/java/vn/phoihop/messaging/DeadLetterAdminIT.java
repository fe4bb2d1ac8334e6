package vn.phoihop.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import vn.phoihop.events.EventCodec;
import vn.phoihop.events.OpinionIssued;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * An admin lists the dead letters and re-drives one once its cause is fixed: it takes effect once, as the board's
 * own act, and a second re-drive changes nothing; a record that still cannot be read is refused again.
 */
class DeadLetterAdminIT extends SharedTestService {

    private static final String DEAD_LETTERS = "/api/admin/dead-letters";

    @Autowired
    WebApplicationContext context;

    @Autowired
    EventCodec codec;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingHandler handler;

    MockMvcTester mvc;

    @BeforeEach
    void mvc() {
        this.mvc = MockMvcTester.from(this.context, (builder) -> builder.apply(springSecurity()).build());
    }

    @Test
    void listsEachDeadLetterWithItsReasonAndOriginButNotItsContent() {
        String caseId = "absent-" + UUID.randomUUID();
        OpinionIssued event = TestEvents.opinionIssued("executive-board", caseId);
        int partition = KAFKA.send(SERVICE.inboundTopic(), caseId, this.codec.encode(event));

        Map<String, Object> letter = awaitDeadLetter(caseId);

        assertThat(letter).containsOnlyKeys("partition", "offset", "deadLetteredAt", "caseId", "origin", "reason",
                "eventType", "eventId", "redrive");
        assertThat(letter).containsEntry("reason", "rejected: no case " + caseId)
            .containsEntry("eventType", "OpinionIssued")
            .containsEntry("eventId", event.getEnvelope().getEventId())
            .containsEntry("redrive", null);
        assertThat(letter).extractingByKey("origin")
            .asInstanceOf(MAP)
            .containsEntry("topic", SERVICE.inboundTopic())
            .containsEntry("partition", partition)
            .containsEntry("offset", (int) originalOffset(caseId));
        assertThat(JsonPath.<Integer>read(list(), "$.totalItems"))
            .isEqualTo(KAFKA.readAll(SERVICE.deadLetterTopic()).size());
    }

    @Test
    void redrivesAnEventForACaseThatBecameKnownOnceAndAsTheBoardItself() {
        String caseId = "absent-" + UUID.randomUUID();
        OpinionIssued event = TestEvents.opinionIssued("executive-board", caseId);
        KAFKA.send(SERVICE.inboundTopic(), caseId, this.codec.encode(event));
        String redrive = redrivePathOf(awaitDeadLetter(caseId));
        this.handler.open(caseId);

        MvcTestResult first = asAdmin(redrive);

        assertThat(first).hasStatusOk();
        assertThat(first).bodyJson().extractingPath("$.outcome").isEqualTo("HANDLED");
        assertThat(first).bodyJson().extractingPath("$.by").isEqualTo("admin");
        assertThat(first).bodyJson().extractingPath("$.eventId").isEqualTo(event.getEnvelope().getEventId());
        assertThat(handled(caseId)).containsExactly(Map.of("event_type", "OpinionIssued"));
        assertThat(inboxTopicOf(event)).isEqualTo(SERVICE.deadLetterTopic());

        MvcTestResult second = asAdmin(redrive);

        assertThat(second).hasStatus(HttpStatus.CONFLICT);
        assertThat(second).bodyJson().extractingPath("$.rule").isEqualTo("redrive-once");
        assertThat(handled(caseId)).hasSize(1);
        assertThat(awaitDeadLetter(caseId)).extractingByKey("redrive")
            .asInstanceOf(MAP)
            .containsEntry("outcome", "HANDLED")
            .containsEntry("by", "admin");
    }

    @Test
    void refusesAgainToRedriveBytesThatAreNotAnEventAndChangesNothing() {
        String caseId = "garbage-" + UUID.randomUUID();
        KAFKA.send(SERVICE.inboundTopic(), caseId, "not an event".getBytes(StandardCharsets.UTF_8));
        String redrive = redrivePathOf(awaitDeadLetter(caseId));

        MvcTestResult refused = asAdmin(redrive);

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("inbound-accepts");
        assertThat(refused).bodyJson()
            .extractingPath("$.reason")
            .asString()
            .startsWith("undecodable: not Avro single-object encoded");
        assertThat(handled(caseId)).isEmpty();
        assertThat(awaitDeadLetter(caseId)).extractingByKey("redrive")
            .asInstanceOf(MAP)
            .containsEntry("outcome", "REFUSED")
            .containsEntry("eventId", null);
        assertThat(asAdmin(redrive)).as("a refusal does not close the dead letter")
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void aDeadLetterThatIsNotThereIsNotFound() {
        MvcTestResult beyondTheEnd = asAdmin(DEAD_LETTERS + "/0/" + Integer.MAX_VALUE + "/redrive");
        MvcTestResult noSuchPartition = asAdmin(DEAD_LETTERS + "/99/0/redrive");

        assertThat(beyondTheEnd).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(beyondTheEnd).bodyJson().extractingPath("$.rule").isEqualTo("dead-letter-exists");
        assertThat(noSuchPartition).hasStatus(HttpStatus.NOT_FOUND);
    }

    private String list() {
        MvcTestResult result = this.mvc.get()
            .uri(DEAD_LETTERS + "?size=200")
            .with(user("admin").roles("ADMIN"))
            .exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private MvcTestResult asAdmin(String redrive) {
        return this.mvc.post().uri(redrive).with(user("admin").roles("ADMIN")).with(csrf()).exchange();
    }

    private Map<String, Object> awaitDeadLetter(String caseId) {
        return eventually().until(() -> {
            List<Map<String, Object>> letters = JsonPath.read(list(), "$.items[?(@.caseId == '" + caseId + "')]");
            return letters.isEmpty() ? null : letters.getFirst();
        }, (letter) -> letter != null);
    }

    private static String redrivePathOf(Map<String, Object> letter) {
        return DEAD_LETTERS + "/" + letter.get("partition") + "/" + letter.get("offset") + "/redrive";
    }

    private static long originalOffset(String caseId) {
        return KAFKA.readAll(SERVICE.inboundTopic())
            .stream()
            .filter((record) -> caseId.equals(record.key()))
            .findFirst()
            .orElseThrow()
            .offset();
    }

    /** What the service kept of the case: the type of each handled event, and no user it was attributed to. */
    private List<Map<String, Object>> handled(String caseId) {
        return this.jdbc.sql("select event_type from handled_event where case_id = ? and acting_user is null")
            .param(caseId)
            .query()
            .listOfRows();
    }

    private String inboxTopicOf(OpinionIssued event) {
        return this.jdbc.sql("select topic from inbox where event_id = ?")
            .param(UUID.fromString(event.getEnvelope().getEventId()))
            .query(String.class)
            .single();
    }

}
