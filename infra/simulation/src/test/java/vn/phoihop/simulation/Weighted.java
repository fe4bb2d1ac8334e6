package vn.phoihop.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A weighted choice among ways to draw a value: each way is taken with its weight's share of the total, then
 * draws from the same {@link Random}. Immutable, so the generators keep their choices as constants.
 */
final class Weighted<T> implements Function<Random, T> {

    private final List<Integer> weights;

    private final List<Function<Random, ? extends T>> ways;

    private final int total;

    private Weighted(List<Integer> weights, List<Function<Random, ? extends T>> ways) {
        this.weights = List.copyOf(weights);
        this.ways = List.copyOf(ways);
        this.total = weights.stream().mapToInt(Integer::intValue).sum();
    }

    static <T> Weighted<T> of(int weight, Function<Random, ? extends T> way) {
        return new Weighted<T>(List.of(), List.of()).or(weight, way);
    }

    /** Weight, value, weight, value ... */
    static Weighted<Integer> ofInts(int... weightsAndValues) {
        Weighted<Integer> choice = new Weighted<>(List.of(), List.of());
        for (int i = 0; i < weightsAndValues.length; i += 2) {
            int value = weightsAndValues[i + 1];
            choice = choice.or(weightsAndValues[i], random -> value);
        }
        return choice;
    }

    Weighted<T> or(int weight, Function<Random, ? extends T> way) {
        List<Integer> moreWeights = new ArrayList<>(weights);
        List<Function<Random, ? extends T>> moreWays = new ArrayList<>(ways);
        moreWeights.add(weight);
        moreWays.add(way);
        return new Weighted<>(moreWeights, moreWays);
    }

    @Override
    public T apply(Random random) {
        int ticket = random.nextInt(total);
        for (int i = 0;; i++) {
            ticket -= weights.get(i);
            if (ticket < 0) {
                return ways.get(i).apply(random);
            }
        }
    }

}
