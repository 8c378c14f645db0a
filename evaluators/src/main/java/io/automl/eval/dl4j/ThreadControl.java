package io.automl.eval.dl4j;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Limits the CPU threads ND4J uses: OpenBLAS's thread count (matrix products, most of an MLP's time)
 * and libnd4j's own thread limits (element-wise and reduction ops). These settings are process-wide,
 * so workers sharing one process should be given equal shares. Thread-safe (each call is a native
 * setter).
 */
public final class ThreadControl {

    /** Sets every ND4J CPU thread limit to {@code threads}. */
    public void limit(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /** The current limits as "blas=N, maxThreads=N, maxMasterThreads=N", for provenance and logs. */
    public String describe() {
        return "blas=" + Nd4j.factory().blas().getMaxThreads() + ", maxThreads=" + Nd4j.getEnvironment().maxThreads()
                + ", maxMasterThreads=" + Nd4j.getEnvironment().maxMasterThreads();
    }
}
