package io.automl.eval.dl4j;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * The ND4J tuning this product applies on the CPU backend, where ND4J {@value #WRITTEN_FOR} makes new native
 * descriptor buffers for shapes it has seen before (each one tracked by two deallocators and registered under a
 * global lock). Two steps:
 * <ul>
 *   <li>{@link #apply} before ND4J starts (ND4J reads its configuration from system properties when its backend
 *       loads): shape descriptors come from {@link ShapeInfoCache}. A value already set, for example with
 *       {@code -Dshapeinfoprovider=org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider}, is kept.</li>
 *   <li>{@link #afterStart} once ND4J runs: tensor-along-dimension descriptors come from
 *       {@code io.automl.eval.dl4j.cpu.TadCache}. The first call decides and logs the outcome with its reason;
 *       later calls return the same answer, which each DL4J trial records in its provenance.</li>
 * </ul>
 * Together they cut the wall time of 96 digits trials by about a third (BENCHMARKS.md section 8). Both replace
 * ND4J internals of version {@value #WRITTEN_FOR}: with another ND4J version the caches stay out. CUDA builds keep
 * ND4J's own providers, which place descriptors in device memory. {@code -D}{@value #SWITCH}{@code =false} turns
 * both off. Thread-safe.
 */
public final class Nd4jSettings {
    /** The ND4J CPU backend, present in default builds and absent from CUDA builds. */
    static final String CPU_BACKEND = "org.nd4j.linalg.cpu.nativecpu.CpuBackend";
    /** The CPU-only descriptor cache, reached by name since CUDA builds leave it out. */
    static final String TAD_CACHE = "io.automl.eval.dl4j.cpu.TadCache";
    /** The CPU-only convolution helpers, reached by name since CUDA builds leave them out. */
    static final String NATIVE_HELPERS = "io.automl.eval.dl4j.cpu.NativeHelpers";
    /** The system property that turns the descriptor caches off when {@code false}. */
    public static final String SWITCH = "automl.nd4j.descriptorCaches";
    /** The ND4J version whose internals the caches replace. */
    public static final String WRITTEN_FOR = "1.0.0-M2.1";

    private final Properties properties;
    private final String nd4jVersion;
    private final Consumer<String> log;
    private Boolean installed;
    private Method helpers;

    /** Settings read from {@code properties} (normally {@link System#getProperties()}), logging to SLF4J. */
    public Nd4jSettings(Properties properties) {
        this(properties, LibraryVersions.nd4j(), LoggerFactory.getLogger(Nd4jSettings.class)::info);
    }

    /** Settings read from {@code properties} for ND4J {@code nd4jVersion}, writing their one log line to {@code log}. */
    Nd4jSettings(Properties properties, String nd4jVersion, Consumer<String> log) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.nd4jVersion = Objects.requireNonNull(nd4jVersion, "nd4jVersion");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Sets the ND4J properties into {@code properties} (normally {@link System#getProperties()}): the shape
     * descriptor cache, and which build of libnd4j loads ({@link NativeBuild}).
     */
    public static void apply(Properties properties) {
        if (refusal(properties, LibraryVersions.nd4j()).isEmpty()
                && properties.getProperty(ShapeInfoCache.PROPERTY) == null) {
            properties.setProperty(ShapeInfoCache.PROPERTY, ShapeInfoCache.class.getName());
        }
        NativeBuild.choose(properties, Nd4jSettings.class.getClassLoader());
    }

    /**
     * Applies the settings ND4J takes once started (starting it if needed), unless they are off or were written
     * for another ND4J version; returns whether the CPU backend's descriptor cache is in place. Decides on the
     * first call, logs that decision once, and returns it on every later call. Safe to call while other threads
     * train.
     */
    public synchronized boolean afterStart() {
        if (installed == null) {
            Optional<String> why = refusal(properties, nd4jVersion).or(this::installFailure);
            installed = why.isEmpty();
            log.accept(installed ? "ND4J descriptor caches installed (ND4J " + nd4jVersion + ")"
                    : "ND4J descriptor caches left out: " + why.get());
        }
        return installed;
    }

    /**
     * Puts the oneDNN helpers into the convolution and batch normalization layers of {@code net} (initialized) when
     * this process runs the oneDNN build of libnd4j on the CPU backend and {@code -D}{@value NativeBuild#SWITCH}
     * {@code =false} is not given; returns how many layers got one (0 otherwise). Thread-safe; {@code net} is confined to the caller.
     */
    public int installHelpers(org.deeplearning4j.nn.multilayer.MultiLayerNetwork net) {
        Method install = helperInstaller();
        if (install == null) {
            return 0;
        }
        try {
            return (Integer) install.invoke(null, net);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private synchronized Method helperInstaller() {
        if (helpers == null && cpuBackend()
                && !"false".equalsIgnoreCase(properties.getProperty(NativeBuild.SWITCH, "true").trim())) {
            try {
                helpers = Class.forName(NATIVE_HELPERS).getMethod("install",
                        org.deeplearning4j.nn.multilayer.MultiLayerNetwork.class);
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("the convolution helpers cannot be loaded: " + e, e);
            }
        }
        return helpers;
    }

    /** Why the caches stay out with these properties and this ND4J version, or empty when they go in. */
    static Optional<String> refusal(Properties properties, String nd4jVersion) {
        if (!cpuBackend()) {
            return Optional.of("not the CPU backend");
        }
        if ("false".equalsIgnoreCase(properties.getProperty(SWITCH, "true").trim())) {
            return Optional.of("turned off with -D" + SWITCH + "=false");
        }
        if (!WRITTEN_FOR.equals(nd4jVersion)) {
            return Optional.of("they were written for ND4J " + WRITTEN_FOR + ", this is ND4J " + nd4jVersion);
        }
        return Optional.empty();
    }

    /** Installs the descriptor cache; empty when it is in place, else why not. */
    private Optional<String> installFailure() {
        try {
            return (Boolean) Class.forName(TAD_CACHE).getMethod("install").invoke(null) ? Optional.empty()
                    : Optional.of("ND4J " + nd4jVersion + "'s executioner has no replaceable descriptor manager");
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.of("the descriptor cache cannot be loaded: " + e);
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
