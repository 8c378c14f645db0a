package io.automl.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a trial ended, as written by {@link TrialStore#finish}. Each variant carries the attributes
 * (metrics, provenance) to store with it.
 */
public sealed interface Outcome {

    /** The final state this outcome stores. */
    TrialState state();

    /** Attributes to merge into the trial's attributes. */
    Map<String, Object> attributes();

    /**
     * Trained to the end (or early-stopped) with objective {@code value}; in a multi-objective study
     * {@code values} holds every objective's value in the space's order ({@code value} is the first), else it is
     * empty.
     */
    record Complete(double value, Map<String, Object> attributes, List<Double> values) implements Outcome {
        public Complete {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value must be finite: " + value);
            }
            attributes = Map.copyOf(attributes);
            values = values == null ? List.of() : List.copyOf(values);
            for (int i = 0; i < values.size(); i++) {
                if (!Double.isFinite(values.get(i))) {
                    throw new IllegalArgumentException("values/" + i + " must be finite: " + values.get(i));
                }
            }
        }

        /** A single-objective outcome. */
        public Complete(double value, Map<String, Object> attributes) {
            this(value, attributes, List.of());
        }

        @Override
        public TrialState state() {
            return TrialState.COMPLETE;
        }
    }

    /** Stopped by the pruner; {@code value} is the last reported value, or null. */
    record Pruned(Double value, Map<String, Object> attributes) implements Outcome {
        public Pruned {
            attributes = Map.copyOf(attributes);
        }

        @Override
        public TrialState state() {
            return TrialState.PRUNED;
        }
    }

    /** Failed with a readable reason. */
    record Failed(String reason, Map<String, Object> attributes) implements Outcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            attributes = Map.copyOf(attributes);
        }

        @Override
        public TrialState state() {
            return TrialState.FAILED;
        }
    }

    /** Cancelled by a user. */
    record Cancelled(String reason) implements Outcome {
        public Cancelled {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public TrialState state() {
            return TrialState.CANCELLED;
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of();
        }
    }
}
