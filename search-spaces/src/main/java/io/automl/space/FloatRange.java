package io.automl.space;

import java.util.OptionalLong;

/**
 * Real values in {@code [low, high]}, uniform or log-uniform, optionally on a grid of {@code step}
 * (then {@code log} must be false). {@code step} is {@code 0} when absent.
 */
public record FloatRange(double low, double high, boolean log, double step) implements Distribution {
    public FloatRange {
        if (!(low <= high)) {
            throw new IllegalArgumentException("low must be <= high: " + low + " > " + high);
        }
        if (log && low <= 0) {
            throw new IllegalArgumentException("log range needs low > 0: " + low);
        }
        if (step < 0 || (step > 0 && log)) {
            throw new IllegalArgumentException("step must be >= 0 and not combined with log: " + step);
        }
    }

    @Override
    public Object decode(double u) {
        double c = Math.min(1.0, Math.max(0.0, u));
        if (step > 0) {
            long n = steps();
            return snap(low + Math.min(n, (long) Math.floor(c * (n + 1))) * step);
        }
        if (log) {
            return Math.min(high, Math.exp(Math.log(low) + c * (Math.log(high) - Math.log(low))));
        }
        return Math.min(high, low + c * (high - low));
    }

    @Override
    public double encode(Object value) {
        double v = ((Number) value).doubleValue();
        if (step > 0) {
            long n = steps();
            return (Math.round((v - low) / step) + 0.5) / (n + 1);
        }
        if (high == low) {
            return 0.5;
        }
        if (log) {
            return (Math.log(v) - Math.log(low)) / (Math.log(high) - Math.log(low));
        }
        return (v - low) / (high - low);
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof Number n)) {
            return false;
        }
        double v = n.doubleValue();
        if (v < low - 1e-12 || v > high + 1e-12) {
            return false;
        }
        return step == 0 || Math.abs((v - low) / step - Math.round((v - low) / step)) < 1e-6;
    }

    @Override
    public OptionalLong cardinality() {
        return step > 0 ? OptionalLong.of(steps() + 1) : (low == high ? OptionalLong.of(1) : OptionalLong.empty());
    }

    @Override
    public Object valueAt(long i) {
        if (step > 0) {
            return snap(low + i * step);
        }
        if (low == high) {
            return low;
        }
        throw new UnsupportedOperationException("a continuous range has no grid");
    }

    private long steps() {
        return (long) Math.floor((high - low) / step + 1e-9);
    }

    private double snap(double v) {
        // remove floating noise such as 0.30000000000000004 while keeping the grid
        return Math.min(high, Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", v)));
    }
}
