package vn.phoihop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.CheckpointStatement;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.EventHash;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.Topics;
import vn.phoihop.servers.ServiceProcess;
import vn.phoihop.testing.RealServers;

/**
 * The main paths of the consultation protocol, with both boards running as their own OS processes on the real
 * broker and databases, their Debezium engines relaying the outboxes.
 */
class FullCycleIT {

    private static final Duration ACROSS_BOARDS = Duration.ofSeconds(30);

    static ServiceProcess cadreBoard;

    static ServiceProcess executiveBoard;

    static Api clerk;

    static Api member;

    static Api committee;

    @BeforeAll
    static void startBoards() {
        cadreBoard = Boards.start(Boards.CADRE_BOARD, RealServers.newDatabase("e2e_cadre"));
        executiveBoard = Boards.start(Boards.EXECUTIVE_BOARD, RealServers.newDatabase("e2e_executive"));
        clerk = Boards.clerk(cadreBoard);
        member = Boards.member(executiveBoard);
        committee = Boards.committee(executiveBoard);
        Roster.enter(Boards.admin(executiveBoard));
    }

    @AfterAll
    static void stopBoards() {
        cadreBoard.stop();
        executiveBoard.stop();
    }

    @Test
    void appointmentIsDecidedOnlyAfterTheStandingCommitteesOpinionOnTheSameVersion() {
        String caseId = submitted(CaseRequests.APPOINTMENT);
        Api.Response consultation = awaitConsultation(caseId, 1);
        assertThat(consultation.text("assignedMemberId")).isEqualTo(Roster.ASSIGNED);

        Api.Response early = clerk.post(path(caseId, "decision"), CaseRequests.DECISION);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("rule")).isEqualTo("opinion-before-decision");

        Api.Response unreviewed = committee.post(consultationPath(caseId, "opinion"), CaseRequests.OPINION_AGREED);
        assertThat(unreviewed.status()).isEqualTo(422);
        assertThat(unreviewed.text("rule")).isEqualTo("review-before-meeting");
        assertThat(member.post(consultationPath(caseId, "review"), CaseRequests.REVIEW).status()).isEqualTo(200);

        Api.Response inquorate = committee.post(consultationPath(caseId, "opinion"), CaseRequests.OPINION_WITHOUT_QUORUM);
        assertThat(inquorate.status()).isEqualTo(422);
        assertThat(inquorate.text("rule")).isEqualTo("quorum");
        assertThat(inquorate.text("detail")).contains("4 of 7 summoned members present").contains("at least 5");
        assertThat(committee.get("/api/consultations/" + caseId).text("status")).isEqualTo("PENDING");

        assertThat(committee.post(consultationPath(caseId, "opinion"), CaseRequests.OPINION_AGREED).status())
            .isEqualTo(200);
        awaitCaseStatus(caseId, "OPINION_RECEIVED");

        Api.Response withoutMeeting = clerk.post(path(caseId, "decision"), CaseRequests.DECISION);
        assertThat(withoutMeeting.text("rule")).isEqualTo("decision-meeting-first");
        assertThat(clerk.post(path(caseId, "decision-meeting"), CaseRequests.DECISION_MEETING).status()).isEqualTo(200);
        Api.Response decided = clerk.post(path(caseId, "decision"), CaseRequests.DECISION);
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.text("status")).isEqualTo("DECIDED");

        List<EventLog.Published> cadreStream = awaitEvents(Topics.CADRE_BOARD_EVENTS, caseId, 3);
        assertThat(cadreStream).extracting(EventLog.Published::sequence).containsExactly(1L, 2L, 3L);
        assertThat(cadreStream).extracting(EventLog.Published::eventType)
            .containsExactly("ConsultationRequested", "DecisionMeetingRecorded", "DecisionFinalised");
        List<EventLog.Published> executiveStream = awaitEvents(Topics.EXECUTIVE_BOARD_EVENTS, caseId, 3);
        assertThat(executiveStream).extracting(EventLog.Published::eventType)
            .containsExactly("ConsultationReceived", "MemberReviewRecorded", "OpinionIssued");
        assertThat(cadreStream.get(2).event()).isInstanceOfSatisfying(DecisionFinalised.class, decision -> {
            assertThat(decision.getOpinionEventId()).isEqualTo(executiveStream.get(2).eventId());
            assertThat(decision.getDecisionMeetingEventId()).isEqualTo(cadreStream.get(1).eventId());
            assertThat(decision.getContraryToOpinion()).isFalse();
        });
        assertThat(executiveStream.get(2).event()).isInstanceOfSatisfying(OpinionIssued.class,
                opinion -> assertThat(opinion.getMeeting().getPresentMemberIds()).hasSize(6));
    }

    @Test
    void anAmendmentRestartsTheConsultationAndTheOpinionOnTheOldVersionNoLongerCounts() {
        String caseId = submitted(CaseRequests.APPOINTMENT);
        awaitConsultation(caseId, 1);
        member.post(consultationPath(caseId, "review"), CaseRequests.REVIEW);
        committee.post(consultationPath(caseId, "opinion"), CaseRequests.OPINION_WITH_CONDITIONS);
        awaitCaseStatus(caseId, "OPINION_RECEIVED");

        Api.Response amended = clerk.post(path(caseId, "amendment"), CaseRequests.AMENDMENT);
        assertThat(amended.status()).isEqualTo(200);
        assertThat(amended.text("proposalVersion")).isEqualTo("2");
        assertThat(amended.text("status")).isEqualTo("AWAITING_OPINION");
        clerk.post(path(caseId, "decision-meeting"), CaseRequests.DECISION_MEETING);
        assertThat(clerk.post(path(caseId, "decision"), CaseRequests.DECISION).text("rule"))
            .isEqualTo("opinion-before-decision");

        Api.Response restarted = awaitConsultation(caseId, 2);
        assertThat(restarted.text("status")).isEqualTo("PENDING");
        assertThat(restarted.body().has("opinion")).as("the opinion on version 1 is not carried over").isFalse();
        assertThat(member.post(consultationPath(caseId, "review"), CaseRequests.REVIEW).status()).isEqualTo(200);
        assertThat(committee.post(consultationPath(caseId, "opinion"), CaseRequests.OPINION_AGREED).status())
            .isEqualTo(200);
        awaitCaseStatus(caseId, "OPINION_RECEIVED");
        assertThat(clerk.post(path(caseId, "decision-meeting"), CaseRequests.DECISION_MEETING).status()).isEqualTo(200);
        Api.Response decided = clerk.post(path(caseId, "decision"), CaseRequests.DECISION);
        assertThat(decided.text("status")).isEqualTo("DECIDED");
        assertThat(decided.text("proposalVersion")).isEqualTo("2");
    }

    @Test
    void requestedInformationIsSuppliedBeforeTheOpinionIsGiven() {
        String caseId = submitted(CaseRequests.APPOINTMENT);
        awaitConsultation(caseId, 1);
        member.post(consultationPath(caseId, "review"), CaseRequests.REVIEW);
        assertThat(committee.post(consultationPath(caseId, "opinion"), CaseRequests.INFORMATION_REQUESTED).status())
            .isEqualTo(200);
        awaitCaseStatus(caseId, "INFORMATION_REQUESTED");

        assertThat(clerk.post(path(caseId, "information"), CaseRequests.INFORMATION).text("status"))
            .isEqualTo("AWAITING_OPINION");
        await().atMost(ACROSS_BOARDS)
            .until(() -> committee.get("/api/consultations/" + caseId).text("status").equals("PENDING"));
        assertThat(committee.post(consultationPath(caseId, "opinion"), CaseRequests.OPINION_AGREED).status())
            .isEqualTo(200);
        awaitCaseStatus(caseId, "OPINION_RECEIVED");
    }

    @Test
    void aDeputyMinisterIsSubmittedUpwardAndTheHigherAuthorityDecides() {
        String caseId = submitted(CaseRequests.DEPUTY_MINISTER_REAPPOINTMENT);
        awaitConsultation(caseId, 1);
        member.post(consultationPath(caseId, "review"), CaseRequests.REVIEW);
        committee.post(consultationPath(caseId, "opinion"), CaseRequests.OPINION_AGREED);
        awaitCaseStatus(caseId, "OPINION_RECEIVED");
        clerk.post(path(caseId, "decision-meeting"), CaseRequests.DECISION_MEETING);

        Api.Response notOurs = clerk.post(path(caseId, "decision"), CaseRequests.DECISION);
        assertThat(notOurs.status()).isEqualTo(422);
        assertThat(notOurs.text("rule")).isEqualTo("deciding-authority");
        assertThat(clerk.post(path(caseId, "upward-submission"), CaseRequests.UPWARD_SUBMISSION).text("status"))
            .isEqualTo("SUBMITTED_UPWARD");
        assertThat(clerk.post(path(caseId, "higher-decision"), CaseRequests.HIGHER_DECISION).text("status"))
            .isEqualTo("DECIDED");

        await().atMost(ACROSS_BOARDS)
            .until(() -> committee.get("/api/consultations/" + caseId).text("status").equals("CLOSED"));
        assertThat(awaitEvents(Topics.CADRE_BOARD_EVENTS, caseId, 4).get(3).event())
            .isInstanceOfSatisfying(DecisionFinalised.class,
                    decision -> assertThat(decision.getAuthority().name()).isEqualTo("HIGHER_AUTHORITY"));
    }

    @Test
    void refusesMalformedRequestsWithProblemDetailsNamingTheField() {
        long casesBefore = clerk.get("/api/cases").body().path("totalItems").asLong();

        Api.Response refused = clerk.post("/api/cases", """
                {"kind":"APPOINTMENT","subject":{"cadreId":"","fullName":"Nguyễn Văn An"}}""");
        Api.Response incomplete = clerk.post("/api/cases", """
                {"kind":"APPOINTMENT","subject":{"cadreId":"CB-7","fullName":"Nguyễn Văn An"},"rationale":"r"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsText("field")).contains("subject.cadreId", "rationale");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body().path("errors").findValuesAsText("field")).contains("targetPosition");
        assertThat(clerk.get("/api/cases").body().path("totalItems").asLong()).isEqualTo(casesBefore);
    }

    @Test
    void eachBoardSignsTheHeadOfItsStreamAndTheAuditorsKeyringVerifiesIt() throws IOException {
        String caseId = submitted(CaseRequests.APPOINTMENT);
        awaitConsultation(caseId, 1);
        member.post(consultationPath(caseId, "review"), CaseRequests.REVIEW);
        committee.post(consultationPath(caseId, "opinion"), CaseRequests.OPINION_AGREED);
        awaitCaseStatus(caseId, "OPINION_RECEIVED");

        Map<String, String> eventTopics = Map.of(Topics.CADRE_BOARD, Topics.CADRE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD,
                Topics.EXECUTIVE_BOARD_EVENTS);
        for (String board : eventTopics.keySet()) {
            // nothing happens on either board after this case's last event, so it heads the board's stream
            String lastHash = EventHash.of(EventLog.ofCase(eventTopics.get(board), caseId).getLast().value());
            Checkpoint checkpoint = await().atMost(ACROSS_BOARDS)
                .until(() -> EventLog.read(Topics.checkpointsOf(board)).stream()
                    .map(published -> (Checkpoint) published.event())
                    .filter(signed -> signed.getLastEventHash().equals(lastHash))
                    .findFirst(), Optional::isPresent)
                .orElseThrow();
            Path publicKey = Boards.KEYS.publicKeys().resolve(board).resolve(checkpoint.getKeyId() + ".pem");
            assertThat(checkpoint.getProducer()).isEqualTo(board);
            assertThat(CheckpointStatement.verify(checkpoint,
                    CheckpointStatement.publicKeyFromPem(Files.readString(publicKey)))).as(board).isTrue();
        }
    }

    private static String submitted(String proposal) {
        Api.Response opened = clerk.post("/api/cases", proposal);
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String caseId = opened.text("caseId");
        assertThat(clerk.post(path(caseId, "submission"), null).text("status")).isEqualTo("AWAITING_OPINION");
        return caseId;
    }

    private static Api.Response awaitConsultation(String caseId, int version) {
        return await().atMost(ACROSS_BOARDS).until(() -> committee.get("/api/consultations/" + caseId),
                response -> response.status() == 200 && response.text("proposalVersion").equals(String.valueOf(version)));
    }

    private static void awaitCaseStatus(String caseId, String status) {
        await().atMost(ACROSS_BOARDS).until(() -> clerk.get("/api/cases/" + caseId).text("status").equals(status));
    }

    private static List<EventLog.Published> awaitEvents(String topic, String caseId, int count) {
        return await().atMost(ACROSS_BOARDS).until(() -> EventLog.ofCase(topic, caseId), events -> events.size() == count);
    }

    private static String path(String caseId, String step) {
        return "/api/cases/" + caseId + "/" + step;
    }

    private static String consultationPath(String caseId, String step) {
        return "/api/consultations/" + caseId + "/" + step;
    }

}
