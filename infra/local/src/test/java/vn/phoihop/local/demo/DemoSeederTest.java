package vn.phoihop.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.phoihop.local.demo.FakeCadreBoard.Case;

/** The seeder against both boards faked in-process: phases, waiting for events, users, refusals. */
class DemoSeederTest {

    private static final TermPlan TERM = DemoTerm.plan();
    private static final Pace FAST = new Pace(8, Duration.ofMillis(5), Duration.ofSeconds(20));

    private final FakeBoards boards = new FakeBoards();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        boards.close();
        http.close();
    }

    @Test
    void replaysTheTermSoTheCadreBoardHasTheTableOfTheSeed() {
        Seeding seeding = seeder(TERM, FAST).seedIfEmpty();

        assertThat(seeding.outcome()).isEqualTo(Seeding.Outcome.LOADED);
        assertThat(seeding.cases()).isEqualTo(206);
        assertThat(decided("CADRE_BOARD")).containsExactlyInAnyOrderEntriesOf(Map.of("APPOINTMENT", 88L,
                "TRANSFER_AND_APPOINTMENT", 21L, "RECEPTION_AND_APPOINTMENT", 7L, "REAPPOINTMENT", 66L,
                "TENURE_EXTENSION", 12L));
        assertThat(decided("HIGHER_AUTHORITY")).containsExactlyInAnyOrderEntriesOf(Map.of("APPOINTMENT", 2L,
                "REAPPOINTMENT", 4L));
        assertThat(boards.cadre.cases.values().stream().collect(Collectors.groupingBy(c -> c.status,
                Collectors.counting()))).containsExactlyInAnyOrderEntriesOf(Map.of("DECIDED", 200L,
                        "AWAITING_OPINION", 2L, "OPINION_RECEIVED", 2L, "WITHDRAWN", 2L));
        assertThat(seeding.termReport()).hasToString(boards.cadreUri()
                + "/api/reports/term?from=2010-10-01&to=2015-10-31");
    }

    @Test
    void seatsTheStandingCommitteeAndHasEachMemberReviewTheUnitsHeFollows() {
        seeder(TERM, FAST).seedIfEmpty();

        assertThat(boards.executive.members).hasSize(7);
        assertThat(boards.executive.memberByUnit).hasSize(TERM.assignments().size());
        assertThat(boards.executive.reviewsBy.keySet()).containsExactlyInAnyOrder("uv01", "uv02", "uv03", "uv04",
                "uv05", "uv06", "uv07");
        assertThat(boards.count("PUT", "/api/members/")).isEqualTo(7);
        assertThat(boards.count("POST", "/amendment")).isEqualTo(5);
        assertThat(boards.count("POST", "/information")).isEqualTo(4);
        assertThat(boards.count("POST", "/upward-submission")).isEqualTo(6);
    }

    @Test
    void checksTheDeadlinesOnlyWhenEveryOtherOpinionHasArrived() {
        seeder(TERM, FAST).seedIfEmpty();

        List<String> unanswered = TERM.cases().stream().filter(planned -> planned.story() == Story.DEEMED_CONSENT
                || planned.story() == Story.LEFT_UNANSWERED).map(PlannedCase::cadreId).toList();
        assertThat(boards.cadre.overdueAtCheck).map(this::cadreIdOf).containsExactlyInAnyOrderElementsOf(unanswered);
        assertThat(boards.count("POST", "/api/deadlines/check as admin")).isEqualTo(1);
    }

    @Test
    void entersNothingWhenTheCadreBoardAlreadyHasCases() {
        seeder(TERM, FAST).seedIfEmpty();
        long requests = boards.requests.size();

        Seeding again = seeder(TERM, FAST).seedIfEmpty();

        assertThat(again.outcome()).isEqualTo(Seeding.Outcome.KEPT);
        assertThat(again.cases()).isEqualTo(206);
        assertThat(boards.requests).hasSize((int) requests + 1);
    }

    @Test
    void stopsWithTheRequestTheStatusAndTheBodyWhenABoardRefuses() {
        boards.refuseNext("/opinion");

        assertThatThrownBy(() -> seeder(TERM, FAST).seedIfEmpty())
                .hasMessageContaining("The executive board refused POST " + boards.executiveUri()
                        + "/api/consultations/")
                .hasMessageContaining("/opinion as committee: 409")
                .hasMessageContaining("\"proposalVersion\":1")
                .hasMessageContaining("Quorum not met");
    }

    @Test
    void givesUpNamingTheMissingConsultationsWhenEventsDoNotCross() {
        boards.stopEvents();
        Pace impatient = new Pace(8, Duration.ofMillis(5), Duration.ofMillis(300));

        assertThatThrownBy(() -> seeder(TERM, impatient).seedIfEmpty())
                .hasMessageContaining("Gave up after 300 ms waiting for the executive board to list the "
                        + "consultations of round 1; 206 still missing: case 1 (CB-0001, ");
        assertThat(boards.count("POST", "/review")).isZero();
    }

    private DemoSeeder seeder(TermPlan plan, Pace pace) {
        return new DemoSeeder(http, boards.cadreUri(), boards.executiveUri(), plan, pace);
    }

    private Map<String, Long> decided(String authority) {
        return boards.cadre.cases.values().stream().filter(c -> authority.equals(c.decidedBy))
                .collect(Collectors.groupingBy(c -> c.kind.name(), Collectors.counting()));
    }

    private String cadreIdOf(String caseId) {
        Case c = boards.cadre.cases.get(caseId);
        return c.proposal.path("subject").path("cadreId").asString();
    }
}
