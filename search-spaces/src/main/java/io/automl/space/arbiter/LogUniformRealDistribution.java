package io.automl.space.arbiter;

import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.exception.OutOfRangeException;
import org.apache.commons.math3.random.Well19937c;

/**
 * The log-uniform (reciprocal) distribution on {@code [low, high]}, {@code 0 < low < high}: its logarithm
 * is uniform. The inverse distribution function is {@code exp(log low + p (log high - log low))}, as in
 * {@link io.automl.space.FloatRange}. Immutable apart from the sampling generator of its superclass
 * (seeded with 0; Arbiter's {@code getValue} never samples), so not thread-safe for {@code sample()}.
 */
public final class LogUniformRealDistribution extends AbstractRealDistribution {
    private static final long serialVersionUID = 1L;

    private final double low;
    private final double high;
    private final double logLow;
    private final double logHigh;

    public LogUniformRealDistribution(double low, double high) {
        super(new Well19937c(0));
        if (!(low > 0) || !(low < high)) {
            throw new IllegalArgumentException("need 0 < low < high, got low=" + low + " high=" + high);
        }
        this.low = low;
        this.high = high;
        this.logLow = Math.log(low);
        this.logHigh = Math.log(high);
    }

    @Override
    public double density(double x) {
        return x < low || x > high ? 0 : 1 / (x * (logHigh - logLow));
    }

    @Override
    public double cumulativeProbability(double x) {
        if (x <= low) {
            return 0;
        }
        return x >= high ? 1 : (Math.log(x) - logLow) / (logHigh - logLow);
    }

    @Override
    public double inverseCumulativeProbability(double p) {
        if (p < 0 || p > 1) {
            throw new OutOfRangeException(p, 0, 1);
        }
        return Math.min(high, Math.exp(logLow + p * (logHigh - logLow)));
    }

    @Override
    public double getNumericalMean() {
        return (high - low) / (logHigh - logLow);
    }

    @Override
    public double getNumericalVariance() {
        double mean = getNumericalMean();
        return (high * high - low * low) / (2 * (logHigh - logLow)) - mean * mean;
    }

    @Override
    public double getSupportLowerBound() {
        return low;
    }

    @Override
    public double getSupportUpperBound() {
        return high;
    }

    @Override
    @SuppressWarnings("deprecation")
    public boolean isSupportLowerBoundInclusive() {
        return true;
    }

    @Override
    @SuppressWarnings("deprecation")
    public boolean isSupportUpperBoundInclusive() {
        return true;
    }

    @Override
    public boolean isSupportConnected() {
        return true;
    }
}
