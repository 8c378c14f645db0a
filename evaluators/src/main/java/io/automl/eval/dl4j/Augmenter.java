package io.automl.eval.dl4j;

import io.automl.space.Augmentation;
import io.automl.space.arch.InputShape;
import java.util.Objects;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Applies an {@link Augmentation} to minibatches of training images stored as flat channel-major rows of an
 * {@code image} input shape: per image, a horizontal flip with probability 1/2 (when asked) and then a shift by
 * whole pixels drawn uniformly from [-N, N] on each axis, the uncovered border filled with 0 (the value after
 * normalization). Random draws come from the generator passed in (the trial's seeded one), so a trial repeats
 * exactly. Immutable and thread-safe; {@link #apply} returns a new array and leaves its input unchanged.
 */
public record Augmenter(Augmentation augmentation, InputShape shape) {
    public Augmenter {
        Objects.requireNonNull(augmentation, "augmentation");
        Objects.requireNonNull(shape, "shape");
        if (augmentation.active() && !shape.kind().equals(InputShape.IMAGE)) {
            throw new IllegalArgumentException("augmentation needs image input, not " + shape.kind());
        }
    }

    /** An augmenter that changes nothing. */
    public static Augmenter none() {
        return new Augmenter(Augmentation.none(), InputShape.flat());
    }

    /** Whether {@link #apply} changes anything. */
    public boolean active() {
        return augmentation.active();
    }

    /** The augmented copy of {@code batch} (rows x height*width*channels), or {@code batch} itself when inactive. */
    public INDArray apply(INDArray batch, Random rnd) {
        if (!active()) {
            return batch;
        }
        int h = shape.height();
        int w = shape.width();
        int plane = h * w;
        int cols = plane * shape.channels();
        if (batch.columns() != cols) {
            throw new IllegalArgumentException("rows of " + batch.columns() + " values are not " + h + "x" + w + "x"
                    + shape.channels() + " images");
        }
        int rows = batch.rows();
        float[] src = batch.castTo(DataType.FLOAT).dup('c').data().asFloat();
        float[] out = new float[src.length];
        int n = augmentation.shift();
        for (int r = 0; r < rows; r++) {
            boolean flip = augmentation.flip() && rnd.nextBoolean();
            int dy = n > 0 ? rnd.nextInt(2 * n + 1) - n : 0;
            int dx = n > 0 ? rnd.nextInt(2 * n + 1) - n : 0;
            int base = r * cols;
            for (int c = 0; c < shape.channels(); c++) {
                int off = base + c * plane;
                for (int y = 0; y < h; y++) {
                    int sy = y - dy;
                    if (sy < 0 || sy >= h) {
                        continue;
                    }
                    for (int x = 0; x < w; x++) {
                        int sx = x - dx;
                        if (sx < 0 || sx >= w) {
                            continue;
                        }
                        out[off + y * w + x] = src[off + sy * w + (flip ? w - 1 - sx : sx)];
                    }
                }
            }
        }
        return Nd4j.create(out, new long[] {rows, cols}, 'c');
    }
}
