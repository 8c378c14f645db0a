package io.automl.eval.dl4j;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The environment ND4J's native thread pools are configured from, which must be set before the JVM starts:
 * OpenMP reads it when libnd4j loads. Two settings matter for training workers:
 * <ul>
 *   <li>{@code OMP_WAIT_POLICY=passive}: idle OpenMP threads sleep instead of spinning. With the default,
 *       a thread that finished its part of an op busy-waits for the next one, and with small ops that spin
 *       competes with the training thread, the JIT and the garbage collector for the cores: one digits-MLP
 *       worker took 32.7 s for 12 trials with it and 23.0 s without, a 1.1-million-parameter MLP trained on two
 *       threads at 1.0k samples/s with it and 2.3k without (BENCHMARKS.md section 8).</li>
 *   <li>{@code OMP_NUM_THREADS}: the worker's thread budget, so that its OpenMP pool never outgrows its share
 *       of the cores.</li>
 * </ul>
 * Values already in the parent environment are kept. Stateless.
 */
public final class NativeThreadEnvironment {
    /** The OpenMP wait policy workers get unless their environment names one. */
    public static final String WAIT_POLICY = "passive";

    private NativeThreadEnvironment() {
    }

    /** The variables to add to a worker process's environment, given its parent's and its thread budget. */
    public static Map<String, String> forWorker(Map<String, String> parent, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (!parent.containsKey("OMP_WAIT_POLICY")) {
            out.put("OMP_WAIT_POLICY", WAIT_POLICY);
        }
        if (!parent.containsKey("OMP_NUM_THREADS")) {
            out.put("OMP_NUM_THREADS", Integer.toString(threads));
        }
        return out;
    }

    /**
     * A warning for a process that trains networks itself when its environment leaves OpenMP threads spinning;
     * empty when {@code OMP_WAIT_POLICY} is set (to anything: an explicit choice is respected).
     */
    public static Optional<String> warning(Map<String, String> env) {
        if (env.containsKey("OMP_WAIT_POLICY")) {
            return Optional.empty();
        }
        return Optional.of("OMP_WAIT_POLICY is not set: ND4J's idle OpenMP threads will spin and slow training"
                + " (up to 2x); start with OMP_WAIT_POLICY=passive (the automl script does)");
    }
}
