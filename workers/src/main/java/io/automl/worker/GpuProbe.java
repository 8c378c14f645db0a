package io.automl.worker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Checks at start-up that a GPU slot can be served: the GPU exists ({@code /dev/nvidia<K>} or an
 * {@code nvidia-smi -L} line for it) and, for DL4J trials, the ND4J CUDA backend is on the class path.
 * Stateless and thread-safe.
 */
public final class GpuProbe {
    /** The ND4J CUDA backend class, present only in builds with {@code -Dcuda}. */
    static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";
    private final Path dev;
    private final boolean cudaBackend;

    /** A probe reading devices under {@code dev} (normally {@code /dev}) for this build's ND4J backend. */
    public GpuProbe(Path dev) {
        this(dev, cudaBackendPresent());
    }

    /** A probe reading devices under {@code dev}, told whether the build carries the CUDA backend. */
    GpuProbe(Path dev, boolean cudaBackend) {
        this.dev = dev;
        this.cudaBackend = cudaBackend;
    }

    /**
     * Why this process cannot train DL4J trials on its CPU slots, or empty when it can: a build made with
     * {@code -Dcuda} carries the CUDA backend instead of the CPU one, so on a machine without a GPU ND4J has no
     * backend at all and every trial would fail.
     */
    public Optional<String> cpuTrainingProblem() {
        if (!cudaBackend || gpus() > 0) {
            return Optional.empty();
        }
        return Optional.of("this build trains with the ND4J CUDA backend (built with -Dcuda) and this machine has no"
                + " GPU (no /dev/nvidia* device, and nvidia-smi failed or found none); use a build made without"
                + " -Dcuda to train on the CPU");
    }

    private int gpus() {
        return Math.max(deviceFiles(), smiCount());
    }

    /**
     * Why {@code slot} cannot be served, or empty when it can. {@code dl4j} says whether the worker will run
     * DL4J trials (which need the CUDA backend) rather than only command-evaluator trials.
     */
    public Optional<String> problem(DeviceSlot.Gpu slot, boolean dl4j) {
        int gpus = gpus();
        if (gpus == 0) {
            return Optional.of("device " + slot + " is not available: no /dev/nvidia* device and nvidia-smi failed"
                    + " or found no GPU");
        }
        if (slot.index() >= gpus) {
            return Optional.of("device " + slot + " is not available: this machine has " + gpus + " GPU(s),"
                    + " numbered 0.." + (gpus - 1));
        }
        if (dl4j && !cudaBackend) {
            return Optional.of("device " + slot + " needs the ND4J CUDA backend for DL4J trials, and it is not on"
                    + " the class path (build with 'mvn -Dcuda package'), or pass --commands-only to run only"
                    + " command-evaluator trials on this GPU");
        }
        return Optional.empty();
    }

    static boolean cudaBackendPresent() {
        try {
            Class.forName(CUDA_BACKEND, false, GpuProbe.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }

    private int deviceFiles() {
        if (!Files.isDirectory(dev)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dev)) {
            return (int) files.map(p -> p.getFileName().toString()).filter(n -> n.matches("nvidia\\d+")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static int smiCount() {
        try {
            Process p = new ProcessBuilder("nvidia-smi", "-L").redirectErrorStream(true).start();
            String out;
            try (var in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return 0;
            }
            return (int) out.lines().filter(l -> l.startsWith("GPU ")).count();
        } catch (IOException notInstalled) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
