package io.automl.cluster;

import java.util.function.BooleanSupplier;

/** Waiting helpers of the cluster tests. Stateless. */
final class Cluster {
    private Cluster() {
    }

    /** Polls {@code condition} every 200 ms for up to {@code seconds}; false when it never held. */
    static boolean await(double seconds, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return condition.getAsBoolean();
    }
}
