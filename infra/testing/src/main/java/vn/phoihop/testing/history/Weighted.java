package vn.phoihop.testing.history;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Values drawn with fixed relative frequencies, always the same value for the same random source. */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Integer> cumulative = new ArrayList<>();
    private int total;

    Weighted<T> add(T value, int weight) {
        if (weight <= 0) {
            throw new IllegalArgumentException("weight of " + value + " must be positive");
        }
        total += weight;
        values.add(value);
        cumulative.add(total);
        return this;
    }

    T draw(RandomGenerator random) {
        int ticket = random.nextInt(total);
        int i = 0;
        while (ticket >= cumulative.get(i)) {
            i++;
        }
        return values.get(i);
    }

    @SafeVarargs
    static <T> Weighted<T> evenly(T... values) {
        Weighted<T> weighted = new Weighted<>();
        for (T value : values) {
            weighted.add(value, 1);
        }
        return weighted;
    }
}
