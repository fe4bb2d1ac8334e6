package vn.phoihop.simulation;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Checks an invariant over many random runs: try {@code t} plays the scenario {@link Scenarios} draws from
 * the seed {@code seed + t}. The seed is fixed per property so that every build plays the same runs;
 * {@code -Dsimulation.seed} and {@code -Dsimulation.tries} explore others. The first failing run is shrunk to a
 * short history on which the invariant still fails, and reported with the seed that replays it. When all runs
 * pass, the property prints how often its runs reached what it is about, and demands a least share of each.
 */
final class RandomRuns {

    private static final int TRIES = 1000;

    /** Fewer runs than this (a replay of one seed) say nothing of the shares, which are then not demanded. */
    private static final int TRIES_FOR_COVERAGE = 100;

    private RandomRuns() {
    }

    static void check(long seed, Invariant invariant, Map<Reached, Double> leastPercentages) {
        long base = Long.getLong("simulation.seed", seed);
        int tries = Integer.getInteger("simulation.tries", TRIES);
        Coverage coverage = new Coverage(leastPercentages);
        for (int attempt = 0; attempt < tries; attempt++) {
            Scenario scenario = Scenarios.scenario(random(base + attempt));
            try {
                coverage.count(Simulation.run(scenario, invariant));
            }
            catch (AssertionError | RuntimeException failure) {
                throw shrunk(invariant, scenario, failure, "fails on try " + attempt + " of " + tries + " from seed "
                        + base + "; -Dsimulation.seed=" + (base + attempt) + " -Dsimulation.tries=1 replays it");
            }
        }
        boolean enough = tries >= TRIES_FOR_COVERAGE;
        System.out.println(invariant.name() + ": " + tries + " tries from seed " + base + ", reached " + coverage
                + (enough ? "" : "; too few tries to demand these shares"));
        if (enough) {
            coverage.check();
        }
    }

    /**
     * A {@link Random} drawing from a {@link SplittableRandom} with that seed: {@code new Random(seed)} on
     * consecutive seeds gives nearly the same first draws (the delivery of 1000 runs was then 3 in 4 unordered).
     */
    private static Random random(long seed) {
        return Random.from(new SplittableRandom(seed));
    }

    private static AssertionError shrunk(Invariant invariant, Scenario failing, Throwable failure, String where) {
        String kind = kindOf(failure);
        Shrinking shrinking = new Shrinking(
                candidate -> failureOf(candidate, invariant).filter(f -> kindOf(f).equals(kind)).isPresent());
        Scenario smallest = shrinking.shrink(failing);
        Throwable shown = failureOf(smallest, invariant).orElseThrow();
        return new AssertionError(invariant.name() + " " + where + ".\nShrunk in " + shrinking.runs() + " runs from "
                + size(failing) + " to " + size(smallest) + ":\n" + shown.getMessage(), shown);
    }

    private static String size(Scenario scenario) {
        return scenario.steps().size() + " steps on " + scenario.cases().size()
                + (scenario.cases().size() == 1 ? " case" : " cases");
    }

    private static Optional<Throwable> failureOf(Scenario scenario, Invariant invariant) {
        try {
            Simulation.run(scenario, invariant);
            return Optional.empty();
        }
        catch (AssertionError | RuntimeException failure) {
            return Optional.of(failure);
        }
    }

    /**
     * The invariant a failure breaks, as {@link Simulation} names it; else what was thrown, such as a domain's
     * unexpected exception: shrinking keeps to the failure it started from.
     */
    private static String kindOf(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        int broken = message.indexOf(" broken at #");
        return broken > 0 ? message.substring(0, broken)
                : failure.getClass().getName() + Optional.ofNullable(failure.getCause())
                    .map(cause -> " from " + cause.getClass().getName())
                    .orElse("");
    }

}
