package vn.phoihop.executiveboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.avro.specific.SpecificRecord;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.phoihop.events.ActionKind;
import vn.phoihop.events.Cadre;
import vn.phoihop.events.CaseWithdrawn;
import vn.phoihop.events.ConsultationReceived;
import vn.phoihop.events.ConsultationRefused;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.ConsultationStep;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.MemberReviewRecorded;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.Position;
import vn.phoihop.events.PositionTier;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.RealServers;

/**
 * The executive board on a real Kafka broker and PostgreSQL: requests from the cadre board's topic are routed and
 * announced, an unknown regulation version is refused back, an event on a case it does not have is dead-lettered
 * for the admin without holding up the next, and only a valid meeting's opinion is published.
 */
class ExecutiveBoardIT extends RealServersTest {

    private static final BoardTopics TOPICS = new BoardTopics(RealServers.kafkaBootstrapServers());

    private static final String REGULATION_ID = "296-QC/BCSĐ-ĐUBKH";

    /** Seven members summoned, four present: below the two-thirds quorum. */
    private static final String INQUORATE = """
            {"outcome":"AGREE",
             "meeting":{"date":"2026-11-20","summoned":["UV-01","UV-02","UV-03","UV-04","UV-05","UV-06","UV-07"],
                        "present":["UV-01","UV-02","UV-03","UV-04"]},
             "tally":{"agree":4,"disagree":0,"abstain":0,"invalid":0}}""";

    /** Six present, one of them recused for a declared conflict, four of the five voters agree. */
    private static final String AGREED = """
            {"outcome":"AGREE",
             "meeting":{"date":"2026-11-20","summoned":["UV-01","UV-02","UV-03","UV-04","UV-05","UV-06","UV-07"],
                        "present":["UV-01","UV-02","UV-03","UV-04","UV-05","UV-06"],
                        "recusals":[{"memberId":"UV-06","reason":"DECLARED_CONFLICT"}]},
             "tally":{"agree":4,"disagree":1,"abstain":0,"invalid":0}}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void closeTopics() {
        TOPICS.close();
    }

    /** UV-01 to UV-07; UV-03 is the demo user "member" and follows VU-TCCB. */
    @BeforeEach
    void roster() {
        IntStream.rangeClosed(1, 7).forEach(n -> {
            String id = "UV-0" + n;
            String username = n == 3 ? "member" : "uv0" + n;
            assertThat(admin("/api/members/" + id, """
                    {"fullName":"Thành viên %d","cadreId":"CB-01%02d","username":"%s","active":true}"""
                .formatted(n, n, username))).hasStatus(200);
        });
        assertThat(admin("/api/unit-assignments/VU-TCCB", """
                {"memberId":"UV-03","unitName":"Vụ Tổ chức cán bộ"}""")).hasStatus(200);
    }

    @Test
    void routesARequestToTheMemberWhoFollowsItsUnitAndAnnouncesIt() {
        ConsultationRequested request = request("2013.1");

        TOPICS.send(Topics.CADRE_BOARD_EVENTS, request.getCaseId(), request);

        ConsultationReceived received = awaitEvent(request.getCaseId(), ConsultationReceived.class);
        assertThat(received.getAssignedMemberId()).isEqualTo("UV-03");
        assertThat(received.getUnitCode()).isEqualTo("VU-TCCB");
        assertThat(received.getRequestEventId()).isEqualTo(request.getEnvelope().getEventId());
        assertThat(received.getEnvelope().getRegulationVersion()).isEqualTo("2013.1");
        assertThat(committeeReads("/api/consultations?assignedTo=UV-03&status=PENDING")).bodyJson()
            .extractingPath("$.items[*].caseId")
            .asArray()
            .contains(request.getCaseId());
    }

    @Test
    void aRequestForAUnitNobodyFollowsGoesToTheMemberAssignedLater() {
        String unit = "VP-" + UUID.randomUUID().toString().substring(0, 8);
        ConsultationRequested request = request("2013.1", unit);
        TOPICS.send(Topics.CADRE_BOARD_EVENTS, request.getCaseId(), request);
        assertThat(awaitEvent(request.getCaseId(), ConsultationReceived.class).getAssignedMemberId()).isNull();

        assertThat(admin("/api/unit-assignments/" + unit, """
                {"memberId":"UV-07","unitName":"Phòng Tổng hợp"}""")).hasStatus(200);

        List<ConsultationReceived> received = eventually().until(() -> TOPICS
            .eventsOf(Topics.EXECUTIVE_BOARD_EVENTS, request.getCaseId())
            .stream()
            .filter(ConsultationReceived.class::isInstance)
            .map(ConsultationReceived.class::cast)
            .toList(), events -> events.size() == 2);
        assertThat(received.get(1).getAssignedMemberId()).isEqualTo("UV-07");
        assertThat(received.get(1).getRequestEventId()).isEqualTo(request.getEnvelope().getEventId());
    }

    @Test
    void refusesARequestUnderARegulationVersionItDoesNotKnow() {
        ConsultationRequested request = request("1999.9");

        TOPICS.send(Topics.CADRE_BOARD_EVENTS, request.getCaseId(), request);

        ConsultationRefused refused = awaitEvent(request.getCaseId(), ConsultationRefused.class);
        assertThat(refused.getRule()).isEqualTo("regulation-known");
        assertThat(refused.getReason()).contains("version 1999.9 is not known to the executive-board");
        assertThat(refused.getRequestEventId()).isEqualTo(request.getEnvelope().getEventId());
        assertThat(committeeReads("/api/consultations/" + request.getCaseId())).bodyJson()
            .extractingPath("$.status")
            .isEqualTo("REFUSED");
    }

    @Test
    void deadLettersAWithdrawalOfACaseItDoesNotHaveAndRoutesTheNextRequest() {
        String unknown = UUID.randomUUID().toString();
        CaseWithdrawn withdrawal = new CaseWithdrawn(envelope(unknown, "2013.1"), unknown, 1, "Rút đề xuất",
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        ConsultationRequested next = request("2013.1");

        int partition = TOPICS.send(Topics.CADRE_BOARD_EVENTS, unknown, withdrawal);
        TOPICS.send(Topics.CADRE_BOARD_EVENTS, partition, next.getCaseId(), next);

        awaitEvent(next.getCaseId(), ConsultationReceived.class);
        assertThat(mvc.get().uri("/api/admin/dead-letters?size=200").with(httpBasic("admin", "admin-demo")))
            .bodyJson()
            .extractingPath("$.items[?(@.caseId == '" + unknown + "')].reason")
            .asArray()
            .containsExactly("rejected: No consultation on case " + unknown + ".");
    }

    @Test
    void publishesTheOpinionOfAValidMeetingAndNothingOfAnInquorateOne() {
        ConsultationRequested request = request("2013.1");
        String caseId = request.getCaseId();
        TOPICS.send(Topics.CADRE_BOARD_EVENTS, caseId, request);
        awaitEvent(caseId, ConsultationReceived.class);
        assertThat(post(httpBasic("member", "member-demo"), caseId + "/review", """
                {"recommendation":"AGREE","note":"Đủ tiêu chuẩn, điều kiện"}""")).hasStatus(200);

        MvcTestResult inquorate = post(httpBasic("committee", "committee-demo"), caseId + "/opinion", INQUORATE);

        assertThat(inquorate).hasStatus(422);
        assertThat(inquorate).bodyJson().extractingPath("$.rule").isEqualTo("quorum");
        assertThat(inquorate).bodyJson()
            .extractingPath("$.detail")
            .isEqualTo("Quorum not met: 4 of 7 summoned members present; at least 5 (2/3) are required.");
        assertThat(opinionsInOutbox(caseId)).isZero();

        assertThat(post(httpBasic("committee", "committee-demo"), caseId + "/opinion", AGREED)).hasStatus(200);

        OpinionIssued opinion = awaitEvent(caseId, OpinionIssued.class);
        MemberReviewRecorded review = awaitEvent(caseId, MemberReviewRecorded.class);
        assertThat(opinion.getReviewEventId()).isEqualTo(review.getEnvelope().getEventId());
        assertThat(opinion.getMeeting().getMembersTotal()).isEqualTo(7);
        assertThat(opinion.getMeeting().getPresentMemberIds()).hasSize(6);
        assertThat(opinion.getMeeting().getRecusals()).singleElement()
            .satisfies(recusal -> assertThat(recusal.getMemberId()).isEqualTo("UV-06"));
        assertThat(TOPICS.eventsOf(Topics.EXECUTIVE_BOARD_EVENTS, caseId)).extracting(event -> event.getSchema()
            .getName()).containsExactly("ConsultationReceived", "MemberReviewRecorded", "OpinionIssued");
    }

    @Test
    void theConsoleTakesTheReviewAndTheMeetingAndShowsWhoActed() {
        ConsultationRequested request = request("2013.1");
        String caseId = request.getCaseId();
        String page = "/consultations/" + caseId;
        TOPICS.send(Topics.CADRE_BOARD_EVENTS, caseId, request);
        awaitEvent(caseId, ConsultationReceived.class);
        assertThat(mvc.get().uri("/consultations").with(user("committee").roles("STANDING_COMMITTEE")))
            .hasStatusOk()
            .bodyText()
            .contains("id=\"case-" + caseId + "\"");

        assertThat(mvc.post().uri(page + "/review").with(user("member").roles("ASSIGNED_MEMBER")).with(csrf())
            .param("recommendation", "AGREE").param("note", "Đủ tiêu chuẩn").exchange()).hasRedirectedUrl(page);

        MvcTestResult inquorate = meeting(page, 4).exchange();
        assertThat(inquorate).hasStatus(422).bodyText().contains("data-rule=\"quorum\"");
        assertThat(opinionsInOutbox(caseId)).isZero();
        assertThat(meeting(page, 6).exchange()).hasRedirectedUrl(page);

        assertThat(mvc.get().uri(page).with(user("auditor").roles("AUDITOR"))).hasStatusOk()
            .bodyText()
            .contains("data-status=\"OPINION_ISSUED\"", "Đảng ủy cơ quan tự thực hiện", "bởi member",
                    "bởi committee");
    }

    @Test
    void describesItsApiToAnyone() {
        assertThat(mvc.get().uri("/v3/api-docs").exchange()).hasStatus(200)
            .bodyJson()
            .extractingPath("$.info.title")
            .isEqualTo("Phối hợp — executive board");
        assertThat(mvc.get().uri("/v3/api-docs.yaml").exchange()).hasStatus(200);
    }

    private static ConsultationRequested request(String regulationVersion) {
        return request(regulationVersion, "VU-TCCB");
    }

    private static ConsultationRequested request(String regulationVersion, String unitCode) {
        String caseId = UUID.randomUUID().toString();
        return ConsultationRequested.newBuilder()
            .setEnvelope(envelope(caseId, regulationVersion))
            .setCaseId(caseId)
            .setProposalVersion(1)
            .setActionKind(ActionKind.APPOINTMENT)
            .setSubject(new Cadre("CB-0001", "Nguyễn Văn An"))
            .setTargetPosition(new Position("Vụ trưởng", unitCode, "Vụ " + unitCode, PositionTier.DEPARTMENT_HEAD))
            .setProposedEffectiveDate(LocalDate.of(2027, 1, 1))
            .setTermYears(5)
            .setRationale("Kiện toàn lãnh đạo Vụ")
            .setRegulationId(REGULATION_ID)
            .setSteps(List.of(ConsultationStep.ASSIGNED_MEMBER_REVIEW, ConsultationStep.STANDING_COMMITTEE_OPINION))
            .setResponseDueDate(LocalDate.of(2026, 12, 4))
            .setRequestDate(LocalDate.of(2026, 11, 20))
            .build();
    }

    /** The cadre board's first event of a case. */
    private static Envelope envelope(String caseId, String regulationVersion) {
        return Envelope.newBuilder()
            .setEventId(UUID.randomUUID().toString())
            .setCaseId(caseId)
            .setSequence(1)
            .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
            .setProducer(Topics.CADRE_BOARD)
            .setRegulationVersion(regulationVersion)
            .build();
    }

    private static <E extends SpecificRecord> E awaitEvent(String caseId, Class<E> type) {
        return eventually().until(() -> TOPICS.eventsOf(Topics.EXECUTIVE_BOARD_EVENTS, caseId)
            .stream()
            .filter(type::isInstance)
            .map(type::cast)
            .findFirst()
            .orElse(null), event -> event != null);
    }

    private long opinionsInOutbox(String caseId) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND event_type = 'OpinionIssued'")
            .param(caseId)
            .query(Long.class)
            .single();
    }

    /** The secretary enters a meeting of all seven summoned, the first {@code present} came and all agreed. */
    private MockMvcTester.MockMvcRequestBuilder meeting(String page, int present) {
        MockMvcTester.MockMvcRequestBuilder meeting = mvc.post()
            .uri(page + "/opinion")
            .with(user("committee").roles("STANDING_COMMITTEE"))
            .with(csrf())
            .param("proposalVersion", "1")
            .param("date", "2026-11-20")
            .param("agree", Integer.toString(present))
            .param("disagree", "0")
            .param("abstain", "0")
            .param("invalid", "0")
            .param("outcome", "AGREE");
        IntStream.rangeClosed(1, 7).forEach(n -> meeting.param("summoned", "UV-0" + n));
        IntStream.rangeClosed(1, present).forEach(n -> meeting.param("present", "UV-0" + n));
        return meeting;
    }

    private MvcTestResult admin(String uri, String body) {
        return mvc.put()
            .uri(uri)
            .with(httpBasic("admin", "admin-demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .exchange();
    }

    private MvcTestResult committeeReads(String uri) {
        return mvc.get().uri(uri).with(httpBasic("committee", "committee-demo")).exchange();
    }

    private MvcTestResult post(RequestPostProcessor user,
            String consultationPath, String body) {
        return mvc.post()
            .uri("/api/consultations/" + consultationPath)
            .with(user)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .exchange();
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200));
    }

}
