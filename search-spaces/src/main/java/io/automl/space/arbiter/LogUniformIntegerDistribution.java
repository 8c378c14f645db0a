package io.automl.space.arbiter;

import org.apache.commons.math3.distribution.AbstractIntegerDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * Integers in {@code [low, high]}, {@code low >= 1}, with log-uniform weight: a value drawn log-uniformly
 * from {@code [low - 0.5, high + 0.5]} rounded to the nearest integer, as in {@link io.automl.space.IntRange}
 * with {@code log}. Only the distribution function is given; the inverse is commons-math3's exact integer
 * search. Immutable apart from the superclass's sampling generator (seeded with 0), so not thread-safe for
 * {@code sample()}.
 */
public final class LogUniformIntegerDistribution extends AbstractIntegerDistribution {
    private static final long serialVersionUID = 1L;
    private static final int EXACT_MOMENTS_LIMIT = 100_000;

    private final int low;
    private final int high;
    private final double a;
    private final double b;
    private final double mean;
    private final double variance;

    public LogUniformIntegerDistribution(int low, int high) {
        super(new Well19937c(0));
        if (low < 1 || high < low) {
            throw new IllegalArgumentException("need 1 <= low <= high, got low=" + low + " high=" + high);
        }
        this.low = low;
        this.high = high;
        this.a = Math.log(low - 0.5);
        this.b = Math.log(high + 0.5);
        this.mean = moment(1);
        this.variance = moment(2) - mean * mean;
    }

    @Override
    public double probability(int x) {
        return x < low || x > high ? 0 : cumulativeProbability(x) - cumulativeProbability(x - 1);
    }

    @Override
    public double cumulativeProbability(int x) {
        if (x < low) {
            return 0;
        }
        return x >= high ? 1 : (Math.log(x + 0.5) - a) / (b - a);
    }

    /** The exact mean for ranges of at most 100,000 values, else NaN (commons-math3 then skips its bounds). */
    @Override
    public double getNumericalMean() {
        return mean;
    }

    @Override
    public double getNumericalVariance() {
        return variance;
    }

    private double moment(int power) {
        if ((long) high - low >= EXACT_MOMENTS_LIMIT) {
            return Double.NaN;
        }
        double sum = 0;
        for (int k = low; k <= high; k++) {
            sum += Math.pow(k, power) * probability(k);
        }
        return sum;
    }

    @Override
    public int getSupportLowerBound() {
        return low;
    }

    @Override
    public int getSupportUpperBound() {
        return high;
    }

    @Override
    public boolean isSupportConnected() {
        return true;
    }
}
