package io.automl.space.arch;

import io.automl.space.Distribution;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A fully connected layer: number of units, activation name and dropout rate after it. */
public record DenseSpace(Distribution units, Distribution activation, Distribution dropout) implements LayerSpace {
    public DenseSpace {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(dropout, "dropout");
    }

    @Override
    public String type() {
        return "dense";
    }

    @Override
    public Map<String, Distribution> fields() {
        Map<String, Distribution> m = new LinkedHashMap<>();
        m.put("units", units);
        m.put("activation", activation);
        m.put("dropout", dropout);
        return m;
    }

    @Override
    public LayerPlan resolve(Map<String, Object> values) {
        return new LayerPlan.Dense(((Number) values.get("units")).intValue(), String.valueOf(values.get("activation")),
                ((Number) values.get("dropout")).doubleValue());
    }
}
