package io.automl.eval.dl4j;

import java.util.Properties;

/**
 * The ND4J tuning this product applies on the CPU backend, where ND4J 1.0.0-M2.1 makes new native descriptor
 * buffers for shapes it has seen before (each one tracked by two deallocators and registered under a global lock).
 * Two steps:
 * <ul>
 *   <li>{@link #apply} before ND4J starts (ND4J reads its configuration from system properties when its backend
 *       loads): shape descriptors come from {@link ShapeInfoCache}. A value already set, for example with
 *       {@code -Dshapeinfoprovider=org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider}, is kept.</li>
 *   <li>{@link #afterStart} once ND4J runs: tensor-along-dimension descriptors come from
 *       {@code io.automl.eval.dl4j.cpu.TadCache}.</li>
 * </ul>
 * Together they cut the wall time of 96 digits trials by about a third (BENCHMARKS.md section 8). CUDA builds keep
 * ND4J's own providers, which place descriptors in device memory. {@code -D}{@value #SWITCH}{@code =false} turns
 * both off. Stateless.
 */
public final class Nd4jSettings {
    /** The ND4J CPU backend, present in default builds and absent from CUDA builds. */
    static final String CPU_BACKEND = "org.nd4j.linalg.cpu.nativecpu.CpuBackend";
    /** The CPU-only descriptor cache, reached by name since CUDA builds leave it out. */
    static final String TAD_CACHE = "io.automl.eval.dl4j.cpu.TadCache";
    /** The system property that turns the descriptor caches off when {@code false}. */
    public static final String SWITCH = "automl.nd4j.descriptorCaches";

    private Nd4jSettings() {
    }

    /** Sets the ND4J properties into {@code properties} (normally {@link System#getProperties()}). */
    public static void apply(Properties properties) {
        if (enabled(properties) && properties.getProperty(ShapeInfoCache.PROPERTY) == null) {
            properties.setProperty(ShapeInfoCache.PROPERTY, ShapeInfoCache.class.getName());
        }
    }

    /**
     * Applies the settings ND4J takes once started (starting it if needed), unless {@code properties} turn them
     * off; returns whether the CPU backend's descriptor cache is in place. Idempotent and safe to call while other
     * threads train.
     */
    public static boolean afterStart(Properties properties) {
        if (!enabled(properties)) {
            return false;
        }
        try {
            return (Boolean) Class.forName(TAD_CACHE).getMethod("install").invoke(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
    }

    private static boolean enabled(Properties properties) {
        return cpuBackend() && !"false".equalsIgnoreCase(properties.getProperty(SWITCH, "true").trim());
    }

    private static boolean cpuBackend() {
        try {
            Class.forName(CPU_BACKEND, false, Nd4jSettings.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
