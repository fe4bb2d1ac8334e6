package vn.phoihop.cadreboard.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Invariant 1 of the brief as a property: whatever order submissions, opinions (on any version, with any
 * outcome) and decision attempts arrive in, a decision only ever stands on an opinion of the same proposal
 * version that allows deciding, received before it.
 */
class OpinionBeforeDecisionPropertyTest {

    private static final int RUNS = 2_000;

    private static final int STEPS = 12;

    @Test
    void noDecisionWithoutAPriorDecisiveOpinionOnTheSameVersionInAnyOrder() {
        Random random = new Random(20261122);
        int decisions = 0;
        for (int run = 0; run < RUNS; run++) {
            decisions += playRandomHistory(random);
        }
        // the generator must also reach the happy path, or the property would hold vacuously
        assertThat(decisions).isGreaterThan(RUNS / 10);
    }

    private static int playRandomHistory(Random random) {
        PersonnelCase personnelCase = CaseFixtures.draft();
        List<ReceivedOpinion> accepted = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            try {
                switch (random.nextInt(3)) {
                    case 0 -> personnelCase.submit(LocalDate.of(2026, 11, 20));
                    case 1 -> {
                        ReceivedOpinion opinion = CaseFixtures.opinion(random.nextInt(3),
                                OpinionOutcome.values()[random.nextInt(OpinionOutcome.values().length)]);
                        if (personnelCase.receive(opinion) == OpinionReceipt.COUNTED) {
                            accepted.add(opinion);
                        }
                    }
                    default -> {
                        DecisionFinalised finalised = personnelCase.decide(CaseFixtures.approve()
                            .withJustification(random.nextBoolean() ? "justified" : null), Instant.EPOCH);
                        assertThat(accepted).anySatisfy(opinion -> {
                            assertThat(opinion.eventId()).isEqualTo(finalised.decision().opinionEventId());
                            assertThat(opinion.proposalVersion()).isEqualTo(finalised.proposalVersion());
                            assertThat(opinion.outcome()).isNotEqualTo(OpinionOutcome.REQUEST_INFORMATION);
                        });
                        return 1;
                    }
                }
            }
            catch (RuleViolation refused) {
                // refusals are part of the history being explored
            }
        }
        return 0;
    }

}
