package io.automl.space.arch;

import io.automl.space.Distribution;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The declared choices for one layer; each field is a constant or a distribution. The layer families are
 * {@link DenseSpace} and the records nested here. Immutable.
 */
public sealed interface LayerSpace permits DenseSpace, LayerSpace.Conv2d, LayerSpace.Pool2d, LayerSpace.BatchNorm,
        LayerSpace.Dropout, LayerSpace.Lstm, LayerSpace.GlobalPool {

    /** The short type name used in space files, such as {@code dense}. */
    String type();

    /** The searchable fields in a fixed order, by field name. */
    Map<String, Distribution> fields();

    /** The concrete layer for the chosen field values (keyed by field name). */
    LayerPlan resolve(Map<String, Object> values);

    private static int i(Map<String, Object> v, String k) {
        return ((Number) v.get(k)).intValue();
    }

    private static Map<String, Distribution> map(Object... kv) {
        Map<String, Distribution> m = new LinkedHashMap<>();
        for (int j = 0; j < kv.length; j += 2) {
            m.put((String) kv[j], Objects.requireNonNull((Distribution) kv[j + 1], (String) kv[j]));
        }
        return m;
    }

    /** A 2-D convolution: filters, square kernel, stride, padding ({@code same} or {@code valid}), activation. */
    record Conv2d(Distribution filters, Distribution kernel, Distribution stride, Distribution padding,
            Distribution activation) implements LayerSpace {
        public Conv2d {
            map("filters", filters, "kernel", kernel, "stride", stride, "padding", padding, "activation", activation);
        }

        @Override
        public String type() {
            return "conv2d";
        }

        @Override
        public Map<String, Distribution> fields() {
            return map("filters", filters, "kernel", kernel, "stride", stride, "padding", padding,
                    "activation", activation);
        }

        @Override
        public LayerPlan resolve(Map<String, Object> v) {
            return new LayerPlan.Conv2d(i(v, "filters"), i(v, "kernel"), i(v, "stride"),
                    String.valueOf(v.get("padding")), String.valueOf(v.get("activation")));
        }
    }

    /** 2-D pooling: mode ({@code max} or {@code avg}), square window size and stride. */
    record Pool2d(Distribution mode, Distribution size, Distribution stride) implements LayerSpace {
        public Pool2d {
            map("mode", mode, "size", size, "stride", stride);
        }

        @Override
        public String type() {
            return "pool2d";
        }

        @Override
        public Map<String, Distribution> fields() {
            return map("mode", mode, "size", size, "stride", stride);
        }

        @Override
        public LayerPlan resolve(Map<String, Object> v) {
            return new LayerPlan.Pool2d(String.valueOf(v.get("mode")), i(v, "size"), i(v, "stride"));
        }
    }

    /** Batch normalization; nothing to search. */
    record BatchNorm() implements LayerSpace {
        @Override
        public String type() {
            return "batchnorm";
        }

        @Override
        public Map<String, Distribution> fields() {
            return Map.of();
        }

        @Override
        public LayerPlan resolve(Map<String, Object> v) {
            return new LayerPlan.BatchNorm();
        }
    }

    /** A dropout layer dropping a fraction {@code rate} of its inputs while training. */
    record Dropout(Distribution rate) implements LayerSpace {
        public Dropout {
            Objects.requireNonNull(rate, "rate");
        }

        @Override
        public String type() {
            return "dropout";
        }

        @Override
        public Map<String, Distribution> fields() {
            return map("rate", rate);
        }

        @Override
        public LayerPlan resolve(Map<String, Object> v) {
            return new LayerPlan.Dropout(((Number) v.get("rate")).doubleValue());
        }
    }

    /** An LSTM with {@code units}; {@code returnSequences} false keeps only the last step's output. */
    record Lstm(Distribution units, Distribution returnSequences, Distribution activation) implements LayerSpace {
        public Lstm {
            map("units", units, "returnSequences", returnSequences, "activation", activation);
        }

        @Override
        public String type() {
            return "lstm";
        }

        @Override
        public Map<String, Distribution> fields() {
            return map("units", units, "returnSequences", returnSequences, "activation", activation);
        }

        @Override
        public LayerPlan resolve(Map<String, Object> v) {
            return new LayerPlan.Lstm(i(v, "units"), Boolean.TRUE.equals(v.get("returnSequences")),
                    String.valueOf(v.get("activation")));
        }
    }

    /** Global pooling over the spatial or time axes: mode {@code max} or {@code avg}. */
    record GlobalPool(Distribution mode) implements LayerSpace {
        public GlobalPool {
            Objects.requireNonNull(mode, "mode");
        }

        @Override
        public String type() {
            return "globalpool";
        }

        @Override
        public Map<String, Distribution> fields() {
            return map("mode", mode);
        }

        @Override
        public LayerPlan resolve(Map<String, Object> v) {
            return new LayerPlan.GlobalPool(String.valueOf(v.get("mode")));
        }
    }
}
