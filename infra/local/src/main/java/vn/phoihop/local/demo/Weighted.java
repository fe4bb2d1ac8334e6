package vn.phoihop.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Values drawn with fixed relative frequencies, always in the same order for the same random source. Public because
 * the synthetic terms of infra/testing draw their cases with the same frequencies.
 */
public final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Integer> cumulative = new ArrayList<>();
    private int total;

    public Weighted<T> add(T value, int weight) {
        if (weight <= 0) {
            throw new IllegalArgumentException("weight of " + value + " must be positive");
        }
        total += weight;
        values.add(value);
        cumulative.add(total);
        return this;
    }

    public T draw(RandomGenerator random) {
        int ticket = random.nextInt(total);
        for (int i = 0; i < values.size(); i++) {
            if (ticket < cumulative.get(i)) {
                return values.get(i);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Every value once, with weight 1. */
    @SafeVarargs
    public static <T> Weighted<T> evenly(T... values) {
        Weighted<T> weighted = new Weighted<>();
        for (T value : values) {
            weighted.add(value, 1);
        }
        return weighted;
    }
}
