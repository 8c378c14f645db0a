package io.automl.engine.pareto;

/** Pareto dominance between vectors to minimize. Stateless. */
public final class Dominance {
    private Dominance() {
    }

    /** Whether {@code a} is no worse than {@code b} everywhere and better somewhere (both minimized). */
    public static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
            if (a[i] < b[i]) {
                better = true;
            }
        }
        return better;
    }
}
