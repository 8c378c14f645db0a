package io.automl.eval.data;

import java.util.Random;

/** Seeded random permutations (Fisher-Yates), shared by the data splitter and the epoch shuffler. */
public final class Permutations {
    private Permutations() {
    }

    /** A uniformly random permutation of {@code 0..n-1} drawn from {@code rnd}. */
    public static int[] of(int n, Random rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
