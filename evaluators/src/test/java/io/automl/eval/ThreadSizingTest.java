package io.automl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Small networks train on one ND4J thread whatever their share of the cores; large ones use their share. */
class ThreadSizingTest {
    @Test
    void smallNetworksTrainOnOneThread() {
        assertEquals(1, Dl4jEvaluator.threadsFor(50_000, 2));
        assertEquals(1, Dl4jEvaluator.threadsFor(Dl4jEvaluator.SMALL_NETWORK - 1, 16));
        assertEquals(16, Dl4jEvaluator.threadsFor(Dl4jEvaluator.SMALL_NETWORK, 16));
        assertEquals(1, Dl4jEvaluator.threadsFor(5_000_000, 0));
    }
}
