package vn.phoihop.cadreboard.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.phoihop.regulation.DecidingAuthority;

/**
 * Invariant 1 of the brief as a property: whatever order submissions, amendments, opinions (on any version,
 * with any outcome), requests for information, deadline checks, meetings, decisions and upward submissions come
 * in, a decision or an upward submission stands only on an opinion of the same proposal version that allows
 * deciding, or on a deemed consent found overdue on that version, and on the board's meeting on that version.
 */
class OpinionBeforeDecisionPropertyTest {

    private static final int RUNS = 3_000;

    private static final int STEPS = 40;

    /** How often each step comes up: opinions, meetings and decisions more than amendments, to reach the end. */
    private static final int[] WEIGHTS = { 3, 4, 1, 3, 1, 3, 3, 2, 2 };

    private static final List<Proposal> PROPOSALS = List.of(CaseFixtures.appointment(), CaseFixtures.reappointment(),
            CaseFixtures.deputyMinisterAppointment());

    @Test
    void noDecisionOrUpwardSubmissionWithoutTheOpinionOrDeemedConsentOfTheSameVersion() {
        Random random = new Random(20261122);
        Map<String, Integer> standing = new HashMap<>();
        for (int run = 0; run < RUNS; run++) {
            new History(random).play().forEach(basis -> standing.merge(basis, 1, Integer::sum));
        }
        // the generator must also reach each kind of basis, or the property would hold vacuously
        assertThat(standing).containsOnlyKeys("opinion", "deemed consent")
            .allSatisfy((basis, count) -> assertThat(count).as(basis).isGreaterThan(RUNS / 50));
    }

    /** One random history of one case, remembering every event id it could rest on. */
    private static final class History {

        private final Random random;

        private final PersonnelCase personnelCase;

        private final Map<UUID, Integer> countedOpinionVersions = new HashMap<>();

        private final Map<UUID, CaseEvent> published = new HashMap<>();

        /** Some executive boards never answer, so that deadlines pass and silence may count as consent. */
        private final boolean silentBoard;

        private LocalDate day = CaseFixtures.TODAY;

        History(Random random) {
            this.random = random;
            this.silentBoard = random.nextInt(3) == 0;
            this.personnelCase = CaseFixtures.draft(PROPOSALS.get(random.nextInt(PROPOSALS.size())));
        }

        /** @return what each decision and upward submission the history reached stood on, each checked */
        List<String> play() {
            List<String> standing = new ArrayList<>();
            for (int step = 0; step < STEPS; step++) {
                day = day.plusDays(random.nextInt(6));
                try {
                    CaseEvent event = step();
                    if (event instanceof DecisionFinalised || event instanceof SubmittedUpward) {
                        standing.add(assertStandsOnTheSameVersion(event));
                    }
                }
                catch (RuleViolation refused) {
                    // refusals are part of the history being explored
                }
            }
            return standing;
        }

        private CaseEvent step() {
            PersonnelCase c = personnelCase;
            return switch (weightedStep()) {
                case 0 -> publish(c.submit(day, day).orElse(null));
                case 1 -> receiveOpinion();
                case 2 -> publish(c.amend(c.proposal(), "Bổ sung", day, day).orElse(null));
                case 3 -> publish(c.markOverdue(day).orElse(null));
                case 4 -> publish(c.supplyInformation(List.of("Đã bổ sung"), List.of(), day, day));
                case 5 -> publish(c.recordDecisionMeeting(new MeetingVote(day, 9, 9, random.nextInt(10), 0, 0), day));
                case 6 -> publish(c.decide(new FinaliseDecision(random.nextBoolean() ? DecisionOutcome.APPROVED
                        : DecisionOutcome.REJECTED, "1-QĐ", day, random.nextBoolean() ? "Lý do" : null),
                        Instant.EPOCH));
                case 7 -> publish(c.submitUpward(new UpwardSubmission("Thủ tướng Chính phủ", "2-TTr", day), day));
                default -> publish(c.recordHigherDecision(new HigherDecision(DecisionOutcome.APPROVED, "3-QĐ", day,
                        null), Instant.EPOCH));
            };
        }

        private int weightedStep() {
            int draw = random.nextInt(Arrays.stream(WEIGHTS).sum());
            int step = 0;
            while (draw >= WEIGHTS[step]) {
                draw -= WEIGHTS[step++];
            }
            return step;
        }

        /** Mostly on the current version, sometimes on an older or a later one. */
        private CaseEvent receiveOpinion() {
            if (silentBoard) {
                return null;
            }
            OpinionOutcome outcome = OpinionOutcome.values()[random.nextInt(OpinionOutcome.values().length)];
            int current = personnelCase.proposalVersion();
            int version = random.nextBoolean() ? current : random.nextInt(current + 2);
            ReceivedOpinion opinion = CaseFixtures.opinion(version, outcome);
            if (personnelCase.receive(opinion, CaseFixtures.REGULATION.version()) == OpinionReceipt.COUNTED
                    && outcome.allowsDecision()) {
                countedOpinionVersions.put(opinion.eventId(), opinion.proposalVersion());
            }
            return null;
        }

        private CaseEvent publish(CaseEvent event) {
            if (event != null) {
                UUID eventId = UUID.randomUUID();
                personnelCase.published(event, eventId);
                published.put(eventId, event);
            }
            return event;
        }

        private String assertStandsOnTheSameVersion(CaseEvent event) {
            DecisionBasis basis = switch (event) {
                case DecisionFinalised finalised -> finalised.decision().basis();
                case SubmittedUpward submitted -> submitted.basis();
                default -> throw new IllegalArgumentException();
            };
            int version = event.proposalVersion();
            String standsOn = basis.opinionEventId() != null ? "opinion" : "deemed consent";
            if (basis.opinionEventId() != null) {
                assertThat(countedOpinionVersions).containsEntry(basis.opinionEventId(), version);
            }
            else {
                assertThat(published.get(basis.overdueEventId())).as("deemed consent on version %d", version)
                    .isInstanceOfSatisfying(ConsultationOverdue.class, overdue -> {
                        assertThat(overdue.deemedConsent()).isTrue();
                        assertThat(overdue.proposalVersion()).isEqualTo(version);
                    });
            }
            if (basis.decisionMeetingEventId() != null) {
                assertThat(published.get(basis.decisionMeetingEventId()).proposalVersion()).isEqualTo(version);
            }
            else {
                assertThat(event).as("only the higher authority decides without the board's meeting")
                    .isInstanceOfSatisfying(DecisionFinalised.class, finalised -> assertThat(
                            finalised.decision().authority()).isEqualTo(DecidingAuthority.HIGHER_AUTHORITY));
            }
            return standsOn;
        }

    }

}
