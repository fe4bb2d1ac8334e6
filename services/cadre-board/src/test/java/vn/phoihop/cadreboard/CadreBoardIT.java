package vn.phoihop.cadreboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.phoihop.cadreboard.cases.WebFixtures;
import vn.phoihop.cadreboard.cases.application.DeadlineCheck;
import vn.phoihop.messaging.EventHeaders;
import vn.phoihop.testing.Database;
import vn.phoihop.testing.RealServers;

/**
 * The cadre board on a real PostgreSQL and Kafka: the deadline check is state (once, whatever runs it again, and
 * however many replicas run it at the same time) and
 * publishes through the outbox; the executive board's opinions arrive through the inbox, and one under another
 * regulation version or on a case this board does not have is dead-lettered with its reason, listed for the admin,
 * and the next one is counted; an open case page hears of an opinion once it committed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CadreBoardIT {

    private static final Database DATABASE = RealServers.newDatabase("cadre_board_it");

    private static final ExecutiveBoardKafka KAFKA = new ExecutiveBoardKafka(RealServers.kafkaBootstrapServers());

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    MockMvc mvc;

    @Autowired
    DeadlineCheck deadlineCheck;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
        registry.add("spring.kafka.bootstrap-servers", RealServers::kafkaBootstrapServers);
        registry.add("phoihop.messaging.relay.drop-slot-on-stop", () -> "true");
        // only the tests check deadlines, so that the counts they see are their own
        registry.add("phoihop.deadlines.initial-delay", () -> "PT1H");
    }

    @AfterAll
    static void closeKafka() {
        KAFKA.close();
    }

    @Test
    void aConsultationPastItsDueDateIsFoundOverdueOnceAndPublishedOnce() throws Exception {
        String caseId = open(WebFixtures.REAPPOINTMENT);
        clerk(post("/api/cases/" + caseId + "/submission"), "{\"requestDate\":\"" + TODAY.minusDays(30) + "\"}");

        assertThat(checkDeadlines()).isEqualTo(1);
        assertThat(statusOf(caseId)).isEqualTo("DEEMED_CONSENT");
        eventually().until(() -> published(caseId, "ConsultationOverdue"), records -> records.size() == 1);

        assertThat(checkDeadlines()).as("a second check finds nothing new").isZero();
        // a later event of the case is published after anything the second check could have written
        clerk(post("/api/cases/" + caseId + "/withdrawal"), WebFixtures.WITHDRAWAL);
        eventually().until(() -> published(caseId, "CaseWithdrawn"), records -> records.size() == 1);
        assertThat(published(caseId, "ConsultationOverdue")).hasSize(1);
    }

    @Test
    void checksRunningAtOnceAsOnSeveralReplicasFindEachCaseOverdueOnce() throws Exception {
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String caseId = open(WebFixtures.REAPPOINTMENT);
            clerk(post("/api/cases/" + caseId + "/submission"), "{\"requestDate\":\"" + TODAY.minusDays(40) + "\"}");
            caseIds.add(caseId);
        }

        List<Future<Integer>> checks = new ArrayList<>();
        try (ExecutorService replicas = Executors.newFixedThreadPool(4)) {
            for (int replica = 0; replica < 4; replica++) {
                checks.add(replicas.submit(deadlineCheck::run));
            }
        }
        int found = 0;
        for (Future<Integer> check : checks) {
            found += check.get();
        }

        assertThat(found).isEqualTo(caseIds.size());
        for (String caseId : caseIds) {
            assertThat(statusOf(caseId)).isEqualTo("DEEMED_CONSENT");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE event_type = 'ConsultationOverdue' AND aggregate_id IN (:ids)")
            .param("ids", caseIds)
            .query(Long.class)
            .single()).isEqualTo(caseIds.size());
    }

    @Test
    void anOpinionOfTheExecutiveBoardCountsAndOneUnderAnotherRegulationVersionIsDeadLettered() throws Exception {
        String counted = open(WebFixtures.APPOINTMENT);
        String refused = open(WebFixtures.APPOINTMENT);
        clerk(post("/api/cases/" + counted + "/submission"), null);
        clerk(post("/api/cases/" + refused + "/submission"), null);

        KAFKA.sendAgreement(refused, "2099.1");
        KAFKA.sendAgreement(counted, "2013.1");

        eventually().until(() -> statusOf(counted), "OPINION_RECEIVED"::equals);
        String reason = eventually().until(() -> KAFKA.readAll(ExecutiveBoardKafka.DEAD_LETTERS, refused)
            .stream()
            .map(record -> ExecutiveBoardKafka.header(record, EventHeaders.DEAD_LETTER_REASON))
            .findFirst()
            .orElse(null), Objects::nonNull);
        assertThat(reason).startsWith("rejected: regulation-of-case").contains("2099.1");
        assertThat(statusOf(refused)).isEqualTo("AWAITING_OPINION");
    }

    @Test
    void anOpinionOnACaseThisBoardDoesNotHaveIsDeadLetteredAndTheNextIsCounted() throws Exception {
        String counted = open(WebFixtures.APPOINTMENT);
        clerk(post("/api/cases/" + counted + "/submission"), null);
        String unknown = UUID.randomUUID().toString();

        int partition = KAFKA.sendAgreement(unknown, "2013.1");
        KAFKA.sendAgreement(counted, "2013.1", partition);

        eventually().until(() -> statusOf(counted), "OPINION_RECEIVED"::equals);
        String deadLetters = mvc.perform(get("/api/admin/dead-letters?size=200").with(user("admin").roles("ADMIN")))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(JsonPath.<List<String>>read(deadLetters, "$.items[?(@.caseId == '" + unknown + "')].reason"))
            .containsExactly("rejected: No case " + unknown + ".");
    }

    @Test
    void aDecisionOnTheOpinionIsListedAndCountedByTheDatabase() throws Exception {
        String caseId = open(WebFixtures.APPOINTMENT);
        clerk(post("/api/cases/" + caseId + "/submission"), null);
        KAFKA.sendAgreement(caseId, "2013.1");
        eventually().until(() -> statusOf(caseId), "OPINION_RECEIVED"::equals);
        clerk(post("/api/cases/" + caseId + "/decision-meeting"), "{\"meetingDate\":\"" + TODAY
                + "\",\"membersTotal\":9,\"present\":8,\"inFavour\":7,\"against\":1,\"abstain\":0}");
        clerk(post("/api/cases/" + caseId + "/decision"),
                WebFixtures.DECISION.replace("2027-01-01", "2029-06-01"));

        String decided = clerk(get("/api/cases?status=DECIDED&kind=APPOINTMENT&unit=VU-KH&overdue=false"), null);
        assertThat(JsonPath.<List<String>>read(decided, "$.items[*].caseId")).containsExactly(caseId);
        assertThat(JsonPath.<Integer>read(decided, "$.totalItems")).isOne();
        String report = clerk(get("/api/reports/term?from=2029-06-01&to=2029-06-30"), null);
        assertThat(JsonPath.<Integer>read(report, "$.decidedByCadreBoard.APPOINTMENT")).isOne();
        assertThat(JsonPath.<Integer>read(report, "$.appointments")).isOne();
        assertThat(JsonPath.<Integer>read(report, "$.totalDecidedByCadreBoard")).isOne();
    }

    @Test
    void aMeetingSentAgainWithItsIdempotencyKeyIsRecordedOnceAndAnsweredAsTheFirstTime() throws Exception {
        String caseId = open(WebFixtures.APPOINTMENT);
        clerk(post("/api/cases/" + caseId + "/submission"), null);
        KAFKA.sendAgreement(caseId, "2013.1");
        eventually().until(() -> statusOf(caseId), "OPINION_RECEIVED"::equals);
        String meeting = "{\"meetingDate\":\"" + TODAY
                + "\",\"membersTotal\":9,\"present\":8,\"inFavour\":7,\"against\":1,\"abstain\":0}";
        String key = UUID.randomUUID().toString();

        String first = clerk(post("/api/cases/" + caseId + "/decision-meeting").header("Idempotency-Key", key),
                meeting);
        var resend = mvc.perform(post("/api/cases/" + caseId + "/decision-meeting").header("Idempotency-Key", key)
            .with(user("clerk").roles("SECRETARIAT"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(meeting)).andReturn().getResponse();

        assertThat(resend.getStatus()).isEqualTo(200);
        assertThat(resend.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(resend.getContentAsString()).isEqualTo(first);
        assertThat(meetingsRecorded(caseId)).isOne();
        // without a key it is a new command, and the regulation lets the board meet again
        clerk(post("/api/cases/" + caseId + "/decision-meeting"), meeting);
        assertThat(meetingsRecorded(caseId)).isEqualTo(2);
    }

    @Test
    void anOpenCasePageHearsOfTheOpinionOnceItIsCommittedAndItsHistorySaysWhoActed() throws Exception {
        String caseId = open(WebFixtures.APPOINTMENT);
        clerk(post("/api/cases/" + caseId + "/submission"), null);
        MvcResult page = mvc.perform(get("/cases/" + caseId + "/updates").with(user("clerk").roles("SECRETARIAT")))
            .andReturn();
        assertThat(page.getRequest().isAsyncStarted()).isTrue();

        KAFKA.sendAgreement(caseId, "2013.1");

        eventually().until(() -> page.getResponse().getContentAsString(),
                stream -> stream.contains("event:case-changed\ndata:" + caseId));
        // told after the commit: what the page fetches then is the answered case
        assertThat(statusOf(caseId)).isEqualTo("OPINION_RECEIVED");
        String history = mvc.perform(get("/cases/" + caseId + "/timeline").with(user("auditor").roles("AUDITOR")))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(history).containsSubsequence("Lập hồ sơ", "bởi clerk", "Gửi đề xuất", "bởi clerk",
                "Ban Thường vụ cho ý kiến", "(Đồng ý)", "do hệ thống tự thực hiện");
    }

    @Test
    void anyoneReadsTheApiDescription() throws Exception {
        assertThat(mvc.perform(get("/v3/api-docs.yaml")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private String open(String proposal) throws Exception {
        return JsonPath.read(clerk(post("/api/cases"), proposal), "$.caseId");
    }

    private String statusOf(String caseId) throws Exception {
        return JsonPath.read(clerk(get("/api/cases/" + caseId), null), "$.status");
    }

    private int checkDeadlines() throws Exception {
        String body = mvc.perform(post("/api/deadlines/check").with(user("admin").roles("ADMIN")))
            .andReturn()
            .getResponse()
            .getContentAsString();
        return JsonPath.read(body, "$.becameOverdue");
    }

    private long meetingsRecorded(String caseId) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE event_type = 'DecisionMeetingRecorded' AND aggregate_id = ?")
            .param(caseId)
            .query(Long.class)
            .single();
    }

    private List<?> published(String caseId, String eventType) {
        return KAFKA.readAll(ExecutiveBoardKafka.OUTBOUND, caseId)
            .stream()
            .filter(record -> eventType.equals(ExecutiveBoardKafka.header(record, EventHeaders.EVENT_TYPE)))
            .toList();
    }

    /** The secretariat's request; fails the test on anything but success. */
    private String clerk(MockHttpServletRequestBuilder request, String body) throws Exception {
        request.with(user("clerk").roles("SECRETARIAT"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
        return response.getContentAsString();
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200));
    }

}
