package io.automl.eval;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Where training runs, for provenance: the device ({@code cpu}, or {@code gpu:K} for the CUDA device of the
 * calling thread) and the ND4J backend with its BLAS library. Stateless; reads ND4J's process-wide backend.
 */
final class Devices {
    private Devices() {
    }

    /** {@code cpu} on a CPU backend, else {@code gpu:K} with the device the calling thread is bound to. */
    static String device() {
        if (Nd4j.getEnvironment().isCPU()) {
            return "cpu";
        }
        return "gpu:" + Nd4j.getAffinityManager().getDeviceForCurrentThread();
    }

    /** The ND4J backend class and BLAS vendor, such as {@code CpuBackend (OPENBLAS)}. */
    static String backend() {
        return Nd4j.getBackend().getClass().getSimpleName() + " (" + Nd4j.factory().blas().getBlasVendor() + ")";
    }
}
