package io.automl.space;

import java.util.Objects;
import java.util.OptionalLong;

/** A fixed value, written in a space as a plain JSON value instead of a distribution. */
public record Constant(Object value) implements Distribution {
    public Constant {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public Object decode(double u) {
        return value;
    }

    @Override
    public double encode(Object v) {
        return 0.5;
    }

    @Override
    public boolean contains(Object v) {
        return v != null && Values.same(value, v);
    }

    @Override
    public OptionalLong cardinality() {
        return OptionalLong.of(1);
    }

    @Override
    public Object valueAt(long i) {
        return value;
    }
}
