package io.automl.worker;

import java.util.Map;

/**
 * The device a worker process serves: {@code cpu} (a share of the cores) or {@code gpu:K} (GPU number K).
 * A GPU slot pins command-evaluator trials to its device through {@code CUDA_VISIBLE_DEVICES}, and DL4J trials
 * through ND4J's CUDA backend, which the worker process pins to that device at start-up ({@link CudaPinning}).
 * Immutable.
 */
public sealed interface DeviceSlot {

    /** The short label used in worker names and provenance: {@code cpu} or {@code gpu0}. */
    String label();

    /** Environment variables a trial's child program gets for this slot. */
    Map<String, String> environment();

    /** A CPU slot. */
    record Cpu() implements DeviceSlot {
        @Override
        public String label() {
            return "cpu";
        }

        @Override
        public Map<String, String> environment() {
            return Map.of();
        }

        @Override
        public String toString() {
            return "cpu";
        }
    }

    /** GPU number {@code index}. */
    record Gpu(int index) implements DeviceSlot {
        public Gpu {
            if (index < 0) {
                throw new IllegalArgumentException("index must be >= 0: " + index);
            }
        }

        @Override
        public String label() {
            return "gpu" + index;
        }

        @Override
        public Map<String, String> environment() {
            return Map.of("CUDA_VISIBLE_DEVICES", Integer.toString(index));
        }

        @Override
        public String toString() {
            return "gpu:" + index;
        }
    }

    /** Parses {@code cpu} or {@code gpu:K}; {@link IllegalArgumentException} naming the text otherwise. */
    static DeviceSlot parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equals("cpu")) {
            return new Cpu();
        }
        if (t.startsWith("gpu:")) {
            try {
                return new Gpu(Integer.parseInt(t.substring(4)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("device must be cpu or gpu:K with K >= 0: '" + text + "'", e);
            }
        }
        throw new IllegalArgumentException("device must be cpu or gpu:K with K >= 0: '" + text + "'");
    }
}
