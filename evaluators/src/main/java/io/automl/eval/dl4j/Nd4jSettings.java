package io.automl.eval.dl4j;

import java.util.Properties;

/**
 * ND4J settings this product applies before ND4J starts, as system properties (ND4J reads its configuration from
 * them when its backend loads, so they must be set before the first use of {@code Nd4j}). Today one: on the CPU
 * backend, shape descriptors come from {@link ShapeInfoCache}. A value already set (for example with {@code -D}
 * on the command line) is kept, so {@code -Dshapeinfoprovider=org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider}
 * restores ND4J's own. The CUDA backend keeps its provider, which places descriptors in device memory. Stateless.
 */
public final class Nd4jSettings {
    /** The ND4J CPU backend, present in default builds and absent from CUDA builds. */
    static final String CPU_BACKEND = "org.nd4j.linalg.cpu.nativecpu.CpuBackend";

    private Nd4jSettings() {
    }

    /** Sets the ND4J properties into {@code properties} (normally {@link System#getProperties()}). */
    public static void apply(Properties properties) {
        if (cpuBackend() && properties.getProperty(ShapeInfoCache.PROPERTY) == null) {
            properties.setProperty(ShapeInfoCache.PROPERTY, ShapeInfoCache.class.getName());
        }
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
