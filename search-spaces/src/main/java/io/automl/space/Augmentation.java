package io.automl.space;

import java.util.Objects;

/**
 * Image augmentation of the training split, read from two optional hyperparameters of a configuration, so that a
 * space searches them like any other parameter: {@value #FLIP} (boolean: mirror each training image left to right
 * with probability 1/2) and {@value #SHIFT} (integer N >= 0: move each training image by a random whole number of
 * pixels in [-N, N] on each axis, filling the uncovered border with zeros after normalization: the random crop of
 * an image padded by N on every side). Validation and test images are never changed. Immutable.
 */
public record Augmentation(boolean flip, int shift) {
    /** The hyperparameter that turns horizontal flips on. */
    public static final String FLIP = "augmentFlip";
    /** The hyperparameter that gives the largest shift in pixels. */
    public static final String SHIFT = "augmentShift";
    /** The largest shift accepted. */
    public static final int MAX_SHIFT = 1024;

    public Augmentation {
        if (shift < 0 || shift > MAX_SHIFT) {
            throw new IllegalArgumentException(SHIFT + " must be in [0, " + MAX_SHIFT + "]: " + shift);
        }
    }

    /** No augmentation. */
    public static Augmentation none() {
        return new Augmentation(false, 0);
    }

    /** Whether this changes any image. */
    public boolean active() {
        return flip || shift > 0;
    }

    /** The augmentation {@code config} asks for (none when it names neither parameter). */
    public static Augmentation from(Config config) {
        Objects.requireNonNull(config, "config");
        Object flip = config.has(FLIP) ? config.get(FLIP) : Boolean.FALSE;
        if (!(flip instanceof Boolean)) {
            throw new IllegalArgumentException(FLIP + " must be true or false: " + flip);
        }
        int shift = 0;
        if (config.has(SHIFT)) {
            double d = config.getDouble(SHIFT);
            if (d != Math.rint(d)) {
                throw new IllegalArgumentException(SHIFT + " must be a whole number of pixels: " + d);
            }
            shift = (int) d;
        }
        return new Augmentation((Boolean) flip, shift);
    }
}
