package vn.phoihop.regulation;

/** A share such as 2/3, compared in integers so that 2 of 3 is exactly two thirds. */
public record Fraction(int numerator, int denominator) {

    public Fraction {
        if (numerator < 0 || denominator < 1 || numerator > denominator) {
            throw new IllegalArgumentException("a share needs 0 <= numerator <= denominator, denominator >= 1");
        }
    }

    /** {@code part / whole >= this}. */
    public boolean reachedBy(long part, long whole) {
        return part * denominator >= whole * numerator;
    }

    /** {@code part / whole > this}. */
    public boolean exceededBy(long part, long whole) {
        return part * denominator > whole * numerator;
    }

    /** The smallest count that reaches this share of {@code whole}. */
    public long minimumReaching(long whole) {
        return (whole * numerator + denominator - 1) / denominator;
    }

    /** The smallest count that exceeds this share of {@code whole}. */
    public long minimumExceeding(long whole) {
        return whole * numerator / denominator + 1;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }

}
