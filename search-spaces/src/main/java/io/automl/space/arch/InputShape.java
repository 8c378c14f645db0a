package io.automl.space.arch;

import java.util.Objects;

/**
 * The shape of one example as the network sees it: {@code features} (a flat row, the default), {@code image}
 * ({@code height} x {@code width} x {@code channels}, rows stored channel-major) or {@code sequence}
 * ({@code steps} time steps of {@code features} values, rows stored step-major). Sizes that do not apply are 0.
 * Immutable.
 */
public record InputShape(String kind, int height, int width, int channels, int steps, int features) {
    public static final String FEATURES = "features";
    public static final String IMAGE = "image";
    public static final String SEQUENCE = "sequence";

    public InputShape {
        Objects.requireNonNull(kind, "kind");
        if (kind.equals(IMAGE) && (height < 1 || width < 1 || channels < 1)) {
            throw new IllegalArgumentException("image input needs height, width and channels >= 1");
        }
        if (kind.equals(SEQUENCE) && (steps < 1 || features < 1)) {
            throw new IllegalArgumentException("sequence input needs steps and features >= 1");
        }
        if (!kind.equals(IMAGE) && !kind.equals(SEQUENCE) && !kind.equals(FEATURES)) {
            throw new IllegalArgumentException("kind must be features, image or sequence: " + kind);
        }
    }

    /** Flat feature rows, sized by the data. */
    public static InputShape flat() {
        return new InputShape(FEATURES, 0, 0, 0, 0, 0);
    }

    public static InputShape image(int height, int width, int channels) {
        return new InputShape(IMAGE, height, width, channels, 0, 0);
    }

    public static InputShape sequence(int steps, int features) {
        return new InputShape(SEQUENCE, 0, 0, 0, steps, features);
    }

    /** Values per example for images and sequences; 0 for flat rows (sized by the data). */
    public int size() {
        if (kind.equals(IMAGE)) {
            return height * width * channels;
        }
        return kind.equals(SEQUENCE) ? steps * features : 0;
    }
}
