package io.automl.eval.dl4j;

import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Chooses, before ND4J loads, which build of libnd4j (ND4J's native library) this process runs: the oneDNN build of
 * nd4j-native ({@code linux-x86_64-onednn}) when its jar is on the class path and the machine is x86-64 Linux, else
 * the generic one. JavaCPP reads the choice from {@value #EXTENSION} when the backend loads: {@code -onednn} picks the
 * oneDNN build, an empty value the generic one (with both jars present and nothing set, which one loads is not
 * defined). The oneDNN build is built for any x86-64 processor (oneDNN picks its kernels for the processor at run
 * time), so no instruction-set check is needed; the {@code -avx2}/{@code -avx512} variants, which would need one, are
 * not used.
 *
 * <p>A value already set for {@value #EXTENSION} is kept. {@code -D}{@value #SWITCH}{@code =false} keeps the
 * generic build. The oneDNN build alone changes nothing for DL4J M2.1's convolution layers; the convolution helper of
 * {@code io.automl.eval.dl4j.cpu.NativeHelpers} is what uses it (about 3x the samples per second of the 28x28 CNN,
 * BENCHMARKS.md section 7). Stateless.
 */
public final class NativeBuild {
    /** JavaCPP's property naming the variant of a native library to load. */
    public static final String EXTENSION = "org.bytedeco.javacpp.platform.extension";
    /** The product's switch: {@code false} keeps the generic build. */
    public static final String SWITCH = "automl.nd4j.onednn";
    /** A file inside the oneDNN build's jar. */
    static final String ONEDNN_LIBRARY = "org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64-onednn/libjnind4jcpu.so";

    private NativeBuild() {
    }

    /**
     * Sets {@value #EXTENSION} in {@code properties} (unless set) to {@code -onednn} when the oneDNN build can be
     * loaded through {@code loader} on this machine and is not turned off, or to the empty value when it is present
     * but turned off; leaves it unset when the oneDNN build is absent. Returns the choice: {@code onednn},
     * {@code generic}, or {@code preset} when the property was already set.
     */
    public static String choose(Properties properties, ClassLoader loader) {
        Objects.requireNonNull(properties, "properties");
        if (properties.getProperty(EXTENSION) != null) {
            return "preset";
        }
        if (!suited(properties.getProperty("os.name", ""), properties.getProperty("os.arch", ""))
                || loader.getResource(ONEDNN_LIBRARY) == null) {
            return "generic";
        }
        boolean off = "false".equalsIgnoreCase(properties.getProperty(SWITCH, "true").trim());
        properties.setProperty(EXTENSION, off ? "" : "-onednn");
        return off ? "generic" : "onednn";
    }

    /** Whether the oneDNN build of nd4j-native runs on this operating system and architecture. */
    static boolean suited(String osName, String osArch) {
        String arch = osArch.toLowerCase(Locale.ROOT);
        return osName.toLowerCase(Locale.ROOT).startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }
}
