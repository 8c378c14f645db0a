package io.automl.space;

import java.util.OptionalLong;

/**
 * A one-dimensional distribution of values a parameter may take.
 *
 * <p>Every distribution maps the unit interval onto its values: {@link #decode(double)} takes
 * {@code u} in {@code [0, 1]} and returns a value, {@link #encode(Object)} is its inverse (up to
 * rounding for discrete distributions). Values are {@link Double} for floats, {@link Integer} for ints,
 * and {@link String}, {@link Boolean}, {@link Integer} or {@link Double} for categorical choices.
 * Implementations are immutable and thread-safe.
 */
public sealed interface Distribution permits FloatRange, IntRange, Categorical, Constant {

    /** Maps {@code u} in [0, 1] to a value of this distribution. */
    Object decode(double u);

    /** Maps a value of this distribution to the centre of its cell in [0, 1]. */
    double encode(Object value);

    /** Whether {@code value} is one this distribution can produce. */
    boolean contains(Object value);

    /** The number of distinct values, or empty when the distribution is continuous. */
    OptionalLong cardinality();

    /** The {@code i}-th of the distinct values, {@code 0 <= i < cardinality()}, for grid search. */
    Object valueAt(long i);
}
