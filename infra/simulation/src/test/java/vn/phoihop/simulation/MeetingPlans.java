package vn.phoihop.simulation;

import static vn.phoihop.simulation.Scenarios.between;
import static vn.phoihop.simulation.Scenarios.chance;

import java.util.Random;

import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;
import vn.phoihop.simulation.MeetingPlan.Summons;
import vn.phoihop.simulation.MeetingPlan.VersionChoice;

/** Standing Committee meetings: mostly valid ones, and some that break each rule of the regulation. */
final class MeetingPlans {

    private static final Weighted<OpinionOutcome> OUTCOMES = Weighted.of(40, r -> OpinionOutcome.AGREE)
        .or(15, r -> OpinionOutcome.AGREE_WITH_CONDITIONS)
        .or(22, r -> OpinionOutcome.DISAGREE)
        .or(23, r -> OpinionOutcome.REQUEST_INFORMATION);

    private static final Weighted<Summons> SUMMONS = Weighted.of(80, r -> Summons.ALL_ACTIVE)
        .or(12, r -> Summons.ALL_BUT_ONE)
        .or(4, r -> Summons.WITH_INACTIVE)
        .or(4, r -> Summons.WITH_STRANGER);

    private static final Weighted<Integer> ABSENT = Weighted.ofInts(55, 0, 30, 1, 10, 2, 5, 3);

    private static final Weighted<Integer> WITHHELD = Weighted.ofInts(50, 0, 25, 1, 12, 2, 8, 3, 5, 4);

    private static final Weighted<VersionChoice> VERSIONS = Weighted.of(60, r -> VersionChoice.UNSTATED)
        .or(25, r -> VersionChoice.CURRENT)
        .or(8, r -> VersionChoice.PREVIOUS)
        .or(7, r -> VersionChoice.NEXT);

    private MeetingPlans() {
    }

    static MeetingPlan plan(Random random) {
        return new MeetingPlan(OUTCOMES.apply(random), SUMMONS.apply(random), ABSENT.apply(random),
                chance(random, 1, 30), chance(random, 9, 10), chance(random, 3, 20), chance(random, 1, 25),
                WITHHELD.apply(random), between(random, 0, 2), chance(random, 1, 30), VERSIONS.apply(random),
                chance(random, 19, 20), between(random, 0, 2));
    }

}
