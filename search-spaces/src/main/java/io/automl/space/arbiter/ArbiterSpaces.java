package io.automl.space.arbiter;

import io.automl.space.Categorical;
import io.automl.space.Constant;
import io.automl.space.Dimension;
import io.automl.space.Distribution;
import io.automl.space.FloatRange;
import io.automl.space.IntRange;
import io.automl.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.deeplearning4j.arbiter.optimize.api.ParameterSpace;
import org.deeplearning4j.arbiter.optimize.parameter.FixedValue;
import org.deeplearning4j.arbiter.optimize.parameter.continuous.ContinuousParameterSpace;
import org.deeplearning4j.arbiter.optimize.parameter.discrete.DiscreteParameterSpace;
import org.deeplearning4j.arbiter.optimize.parameter.integer.IntegerParameterSpace;

/**
 * Builds Arbiter parameter spaces from our distributions:
 * <ul>
 * <li>uniform {@link FloatRange}: {@code ContinuousParameterSpace(low, high)}; log: a
 *     {@code ContinuousParameterSpace} over {@link LogUniformRealDistribution}; stepped: a
 *     {@code DiscreteParameterSpace} of the grid values;</li>
 * <li>{@link IntRange}: {@code IntegerParameterSpace(low, high)}; log: an {@code IntegerParameterSpace} over
 *     {@link LogUniformIntegerDistribution}; step &gt; 1: a {@code DiscreteParameterSpace} of the values;</li>
 * <li>{@link Categorical}: {@code DiscreteParameterSpace(values)}; {@link Constant} and single-valued ranges:
 *     {@code FixedValue}.</li>
 * </ul>
 * Each returned space reads one coordinate of the unit vector (its index); fixed values read none.
 * Stateless and thread-safe; the returned Arbiter objects are mutable (their index) and not shared.
 */
public final class ArbiterSpaces {
    private ArbiterSpaces() {
    }

    /** The Arbiter space for {@code distribution}, reading coordinate {@code index} of the unit vector. */
    public static ParameterSpace<?> of(Distribution distribution, int index) {
        Objects.requireNonNull(distribution, "distribution");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
        ParameterSpace<?> space = build(distribution);
        if (space.numParameters() > 0) {
            space.setIndices(index);
        }
        return space;
    }

    /** One Arbiter space per dimension of {@code space}, the {@code i}-th reading coordinate {@code i}. */
    public static List<ParameterSpace<?>> of(SearchSpace space) {
        Objects.requireNonNull(space, "space");
        List<ParameterSpace<?>> out = new ArrayList<>();
        List<Dimension> dims = space.dimensions();
        for (int i = 0; i < dims.size(); i++) {
            out.add(of(dims.get(i).distribution(), i));
        }
        return List.copyOf(out);
    }

    private static ParameterSpace<?> build(Distribution d) {
        if (d instanceof Constant c) {
            return new FixedValue<>(c.value());
        }
        if (d instanceof Categorical c) {
            return c.values().size() == 1 ? new FixedValue<>(c.values().get(0)) : new DiscreteParameterSpace<>(c.values());
        }
        if (d instanceof FloatRange f) {
            if (f.low() == f.high()) {
                return new FixedValue<>(f.low());
            }
            if (f.step() > 0) {
                return discrete(d);
            }
            return f.log() ? new ContinuousParameterSpace(new LogUniformRealDistribution(f.low(), f.high()))
                    : new ContinuousParameterSpace(f.low(), f.high());
        }
        IntRange r = (IntRange) d;
        if (r.low() == r.high()) {
            return new FixedValue<>(r.low());
        }
        if (r.log()) {
            return new IntegerParameterSpace(new LogUniformIntegerDistribution(r.low(), r.high()));
        }
        return r.step() > 1 ? discrete(d) : new IntegerParameterSpace(r.low(), r.high());
    }

    private static ParameterSpace<?> discrete(Distribution d) {
        long n = d.cardinality().orElseThrow();
        if (n > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("too many grid values for a discrete Arbiter space: " + n);
        }
        List<Object> values = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            values.add(d.valueAt(i));
        }
        return values.size() == 1 ? new FixedValue<>(values.get(0)) : new DiscreteParameterSpace<>(values);
    }
}
