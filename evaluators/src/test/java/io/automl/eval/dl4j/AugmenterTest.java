package io.automl.eval.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.automl.space.Augmentation;
import io.automl.space.Config;
import io.automl.space.arch.InputShape;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Flips and shifts of training images: seeded, channel by channel, zero-filled. */
class AugmenterTest {
    /** Two 2x3 images of 2 channels: values 1..12 and 101..112. */
    private static INDArray batch() {
        float[] v = new float[24];
        for (int i = 0; i < 12; i++) {
            v[i] = i + 1;
            v[12 + i] = 101 + i;
        }
        return Nd4j.create(v, new long[] {2, 12}, 'c');
    }

    @Test
    void flipMirrorsEachRowOfEveryChannel() {
        Augmenter a = new Augmenter(new Augmentation(true, 0), InputShape.image(2, 3, 2));
        Random rnd = new Random(1);
        INDArray in = batch();
        INDArray out = a.apply(in, rnd);
        assertArrayEquals(batch().toFloatMatrix(), in.toFloatMatrix(), "input unchanged");
        Random replay = new Random(1);
        for (int r = 0; r < 2; r++) {
            boolean flipped = replay.nextBoolean();
            float[] row = out.getRow(r).toFloatVector();
            float base = r == 0 ? 1 : 101;
            float[] expected = flipped ? new float[] {2, 1, 0, 5, 4, 3, 8, 7, 6, 11, 10, 9}
                    : new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
            for (int i = 0; i < 12; i++) {
                assertEquals(base + expected[i], row[i], "row " + r + " value " + i);
            }
        }
    }

    @Test
    void shiftMovesPixelsAndFillsTheBorderWithZeros() {
        Augmenter a = new Augmenter(new Augmentation(false, 1), InputShape.image(2, 3, 2));
        Random rnd = new Random(7);
        INDArray out = a.apply(batch(), rnd);
        Random replay = new Random(7);
        for (int r = 0; r < 2; r++) {
            int dy = replay.nextInt(3) - 1;
            int dx = replay.nextInt(3) - 1;
            float[] row = out.getRow(r).toFloatVector();
            for (int c = 0; c < 2; c++) {
                for (int y = 0; y < 2; y++) {
                    for (int x = 0; x < 3; x++) {
                        int sy = y - dy;
                        int sx = x - dx;
                        float want = sy < 0 || sy >= 2 || sx < 0 || sx >= 3 ? 0
                                : (r == 0 ? 1 : 101) + c * 6 + sy * 3 + sx;
                        assertEquals(want, row[c * 6 + y * 3 + x], "row " + r + " c" + c + " y" + y + " x" + x);
                    }
                }
            }
        }
    }

    @Test
    void sameSeedSameImagesAndNothingWithoutAugmentation() {
        Augmenter a = new Augmenter(new Augmentation(true, 2), InputShape.image(2, 3, 2));
        assertEquals(a.apply(batch(), new Random(3)), a.apply(batch(), new Random(3)));
        INDArray in = batch();
        assertSame(in, Augmenter.none().apply(in, new Random(3)));
        assertEquals(new Augmentation(true, 3), Augmentation.from(new Config(Map.of("augmentFlip", true,
                "augmentShift", 3))));
        assertEquals(Augmentation.none(), Augmentation.from(new Config(Map.of("learningRate", 0.1))));
        assertThrows(IllegalArgumentException.class, () -> Augmentation.from(new Config(Map.of("augmentShift",
                1.5))));
        assertThrows(IllegalArgumentException.class, () -> new Augmenter(new Augmentation(false, 1),
                InputShape.flat()));
    }
}
