package io.automl.eval.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenMP settings worker processes start with, and the warning for a process without them. */
class NativeThreadEnvironmentTest {

    @Test
    void workersSleepWhenIdleAndKeepToTheirThreadBudget() {
        assertEquals(Map.of("OMP_WAIT_POLICY", "passive", "OMP_NUM_THREADS", "3"),
                NativeThreadEnvironment.forWorker(Map.of("PATH", "/usr/bin"), 3));
    }

    @Test
    void valuesTheParentSetAreKept() {
        assertEquals(Map.of("OMP_NUM_THREADS", "1"),
                NativeThreadEnvironment.forWorker(Map.of("OMP_WAIT_POLICY", "active"), 1));
        assertEquals(Map.of(), NativeThreadEnvironment.forWorker(
                Map.of("OMP_WAIT_POLICY", "passive", "OMP_NUM_THREADS", "8"), 2));
        assertThrows(IllegalArgumentException.class, () -> NativeThreadEnvironment.forWorker(Map.of(), 0));
    }

    @Test
    void warnsOnlyWhenNoWaitPolicyIsSet() {
        String warning = NativeThreadEnvironment.warning(Map.of()).orElseThrow();
        assertTrue(warning.contains("OMP_WAIT_POLICY=passive"), warning);
        assertTrue(NativeThreadEnvironment.warning(Map.of("OMP_WAIT_POLICY", "active")).isEmpty());
    }
}
