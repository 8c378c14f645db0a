package io.automl.space;

import java.util.List;
import java.util.OptionalLong;

/** One of a non-empty list of choices: strings, numbers or booleans. */
public record Categorical(List<Object> values) implements Distribution {
    public Categorical {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values must not be empty");
        }
    }

    @Override
    public Object decode(double u) {
        int n = values.size();
        return values.get((int) Math.min(n - 1, Math.max(0, (long) Math.floor(u * n))));
    }

    @Override
    public double encode(Object value) {
        return (indexOf(value) + 0.5) / values.size();
    }

    /** The index of {@code value} among the choices, or -1. */
    public int indexOf(Object value) {
        for (int i = 0; i < values.size(); i++) {
            if (Values.same(values.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object value) {
        return value != null && indexOf(value) >= 0;
    }

    @Override
    public OptionalLong cardinality() {
        return OptionalLong.of(values.size());
    }

    @Override
    public Object valueAt(long i) {
        return values.get((int) i);
    }
}
