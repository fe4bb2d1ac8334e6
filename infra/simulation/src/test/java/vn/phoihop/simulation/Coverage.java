package vn.phoihop.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts, per property, the runs that reached each interesting state, and demands a share of them: a property
 * that never meets a decision would hold vacuously.
 */
final class Coverage {

    private final Map<Reached, Double> leastPercentages;

    private final Map<Reached, Integer> reached = new EnumMap<>(Reached.class);

    private int runs;

    /** For each state, the least percentage of runs that must reach it. */
    Coverage(Map<Reached, Double> leastPercentages) {
        this.leastPercentages = new EnumMap<>(leastPercentages);
    }

    void count(World world) {
        runs++;
        leastPercentages.keySet()
            .stream()
            .filter(world.reached::contains)
            .forEach(state -> reached.merge(state, 1, Integer::sum));
    }

    void check() {
        List<String> shortfalls = leastPercentages.entrySet()
            .stream()
            .filter(least -> percentage(least.getKey()) < least.getValue())
            .map(least -> least.getKey() + " in " + percent(percentage(least.getKey())) + " of the runs, less than "
                    + percent(least.getValue()))
            .toList();
        assertThat(shortfalls).as("the runs reach too few of the states this property is about").isEmpty();
    }

    /** Each state with the share of runs that reached it, and the share required. */
    @Override
    public String toString() {
        return leastPercentages.entrySet()
            .stream()
            .map(least -> least.getKey() + " " + percent(percentage(least.getKey())) + " (≥ "
                    + percent(least.getValue()) + ")")
            .collect(Collectors.joining(", "));
    }

    private double percentage(Reached state) {
        return runs == 0 ? 0 : 100.0 * reached.getOrDefault(state, 0) / runs;
    }

    private static String percent(double percentage) {
        return String.format(Locale.ROOT, "%.1f%%", percentage);
    }

}
