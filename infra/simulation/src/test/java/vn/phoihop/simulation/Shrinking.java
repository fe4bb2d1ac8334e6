package vn.phoihop.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Makes a failing scenario smaller, greedily: any smaller scenario on which the property still fails the same way
 * is kept. Spans of steps go first, halves of the history down to spans of {@value #LONGEST_EPISODE} steps, which
 * are tried at every position so that each episode {@link Scenarios} drew can go at once, then single steps. Then
 * cases go, one at a time: the steps' case numbers are taken modulo the cases left. This repeats until nothing
 * more goes, within {@value #MOST_RUNS} runs.
 */
final class Shrinking {

    private static final int LONGEST_EPISODE = 4;

    /** Far more than a history of 80 episodes needs; bounds the time a failure takes to be reported. */
    private static final int MOST_RUNS = 5_000;

    private final Predicate<Scenario> stillFails;

    private int runs;

    Shrinking(Predicate<Scenario> stillFails) {
        this.stillFails = stillFails;
    }

    Scenario shrink(Scenario failing) {
        Scenario smallest = failing;
        Scenario before;
        do {
            before = smallest;
            smallest = fewerCases(fewerSteps(smallest));
        }
        while (smallest != before && runs < MOST_RUNS);
        return smallest;
    }

    int runs() {
        return runs;
    }

    private Scenario fewerSteps(Scenario scenario) {
        Scenario smallest = scenario;
        for (int span : spans(scenario.steps().size())) {
            int stride = span > LONGEST_EPISODE ? span : 1;
            int from = 0;
            while (from + span <= smallest.steps().size()) {
                List<Step> steps = new ArrayList<>(smallest.steps());
                steps.subList(from, from + span).clear();
                Scenario candidate = new Scenario(smallest.delivery(), smallest.executiveBoardKnowsRegulation(),
                        smallest.roster(), smallest.cases(), steps);
                if (fails(candidate)) {
                    smallest = candidate;
                }
                else {
                    from += stride;
                }
            }
        }
        return smallest;
    }

    private Scenario fewerCases(Scenario scenario) {
        Scenario smallest = scenario;
        for (int caseNo = smallest.cases().size() - 1; caseNo >= 0 && smallest.cases().size() > 1; caseNo--) {
            List<CaseSpec> cases = new ArrayList<>(smallest.cases());
            cases.remove(caseNo);
            Scenario candidate = new Scenario(smallest.delivery(), smallest.executiveBoardKnowsRegulation(),
                    smallest.roster(), cases, smallest.steps());
            if (fails(candidate)) {
                smallest = candidate;
            }
        }
        return smallest;
    }

    /** Half the history, a quarter ... while longer than an episode, then every span of an episode or less. */
    private static List<Integer> spans(int steps) {
        List<Integer> spans = new ArrayList<>();
        for (int span = steps / 2; span > LONGEST_EPISODE; span /= 2) {
            spans.add(span);
        }
        for (int span = LONGEST_EPISODE; span > 0; span--) {
            spans.add(span);
        }
        return spans;
    }

    private boolean fails(Scenario candidate) {
        if (runs >= MOST_RUNS) {
            return false;
        }
        runs++;
        return stillFails.test(candidate);
    }

}
