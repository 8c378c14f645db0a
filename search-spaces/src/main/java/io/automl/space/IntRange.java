package io.automl.space;

import java.util.OptionalLong;

/**
 * Integers in {@code [low, high]} on a grid of {@code step} (default 1), uniform or log-uniform
 * (log needs {@code low >= 1} and {@code step == 1}).
 */
public record IntRange(int low, int high, boolean log, int step) implements Distribution {
    public IntRange {
        if (low > high) {
            throw new IllegalArgumentException("low must be <= high: " + low + " > " + high);
        }
        if (step < 1) {
            throw new IllegalArgumentException("step must be >= 1: " + step);
        }
        if (log && (low < 1 || step != 1)) {
            throw new IllegalArgumentException("log range needs low >= 1 and step 1");
        }
    }

    @Override
    public Object decode(double u) {
        double c = Math.min(1.0, Math.max(0.0, u));
        if (log) {
            // log-uniform over [low - 0.5, high + 0.5] so that every integer gets its share
            double a = Math.log(low - 0.5 + 1e-9 > 0 ? low - 0.5 : low * 0.5);
            double b = Math.log(high + 0.5);
            long v = Math.round(Math.exp(a + c * (b - a)));
            return (int) Math.max(low, Math.min(high, v));
        }
        long n = count();
        long i = Math.min(n - 1, (long) Math.floor(c * n));
        return (int) (low + i * step);
    }

    @Override
    public double encode(Object value) {
        int v = ((Number) value).intValue();
        if (log) {
            double a = Math.log(low - 0.5 + 1e-9 > 0 ? low - 0.5 : low * 0.5);
            double b = Math.log(high + 0.5);
            return Math.min(1.0, Math.max(0.0, (Math.log(v) - a) / (b - a)));
        }
        return ((v - low) / step + 0.5) / count();
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            return false;
        }
        long v = n.longValue();
        return v >= low && v <= high && (v - low) % step == 0;
    }

    @Override
    public OptionalLong cardinality() {
        return OptionalLong.of(count());
    }

    @Override
    public Object valueAt(long i) {
        return (int) (low + i * step);
    }

    private long count() {
        return ((long) high - low) / step + 1;
    }
}
