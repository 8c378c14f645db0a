package io.automl.eval.data;

/**
 * The affine scaling of a regression target for training: {@code scaled = (value - mean) / std}. The model
 * predicts scaled values; {@link #unscale} turns them back into the target's units. {@link #identity()} leaves
 * values as they are. Immutable.
 */
public record TargetScale(double mean, double std) {
    public TargetScale {
        if (!Double.isFinite(mean) || !Double.isFinite(std) || !(std > 0)) {
            throw new IllegalArgumentException("a target scale needs a finite mean and a finite std > 0: mean "
                    + mean + ", std " + std);
        }
    }

    /** No scaling. */
    public static TargetScale identity() {
        return new TargetScale(0, 1);
    }

    /** Zero mean and unit (population) standard deviation over {@code values}; identity for constant values. */
    public static TargetScale standardizing(double[] values) {
        if (values.length == 0) {
            return identity();
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(ss / values.length);
        return std > 0 ? new TargetScale(mean, std) : new TargetScale(mean, 1);
    }

    /** A value in the target's units, scaled for training. */
    public double scale(double value) {
        return (value - mean) / std;
    }

    /** A scaled (predicted) value, back in the target's units. */
    public double unscale(double scaled) {
        return scaled * std + mean;
    }
}
