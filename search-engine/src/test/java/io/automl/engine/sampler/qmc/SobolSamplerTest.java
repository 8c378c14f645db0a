package io.automl.engine.sampler.qmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Sampler;
import io.automl.engine.sampler.SamplerContract;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Sobol sampler runs the sampler contract and keeps the low-discrepancy properties of the sequence. */
class SobolSamplerTest extends SamplerContract {

    @Override
    protected Sampler create(long studySeed) {
        return new SobolSampler(studySeed);
    }

    @Test
    void everyOneOfTheFortyCoordinatesIsStratifiedOverThe64FirstPoints() {
        SobolSampler sobol = new SobolSampler(17);
        int dims = JoeKuo.DIMENSIONS;
        boolean[][] hit = new boolean[dims][64];
        for (int i = 0; i < 64; i++) {
            double[] p = sobol.point(i, dims, new SplittableRandom(i));
            for (int d = 0; d < dims; d++) {
                assertTrue(p[d] > 0 && p[d] < 1);
                int cell = (int) (p[d] * 64);
                assertTrue(!hit[d][cell], "dimension " + d + " cell " + cell + " hit twice");
                hit[d][cell] = true;
            }
        }
    }

    @Test
    void theFirstTwoCoordinatesFormAStratifiedNetInTheSquare() {
        SobolSampler sobol = new SobolSampler(3);
        boolean[][] box = new boolean[4][4];
        for (int i = 0; i < 16; i++) {
            double[] p = sobol.point(i, 2, new SplittableRandom(0));
            int a = (int) (p[0] * 4);
            int b = (int) (p[1] * 4);
            assertTrue(!box[a][b], "box " + a + "," + b + " hit twice");
            box[a][b] = true;
        }
    }

    @Test
    void theScrambleDependsOnTheSeedAndExtraDimensionsFallBackToTheTrialGenerator() {
        double[] a = new SobolSampler(1).point(5, 42, new SplittableRandom(9));
        double[] b = new SobolSampler(2).point(5, 42, new SplittableRandom(9));
        assertNotEquals(a[0], b[0]);
        double[] c = new SobolSampler(1).point(5, 42, new SplittableRandom(10));
        assertTrue(Arrays.equals(Arrays.copyOf(a, 40), Arrays.copyOf(c, 40)));
        assertNotEquals(a[41], c[41]);
        assertEquals(a[41], new SobolSampler(1).point(5, 42, new SplittableRandom(9))[41]);
    }
}
