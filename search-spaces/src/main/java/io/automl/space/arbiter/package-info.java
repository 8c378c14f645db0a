/**
 * Mapping of search-space distributions onto Arbiter ({@code org.deeplearning4j:arbiter-core}) parameter
 * spaces, for code that drives Arbiter's candidate generators with our spaces. Only Arbiter's
 * ND4J-free classes are used ({@code ContinuousParameterSpace}, {@code IntegerParameterSpace},
 * {@code DiscreteParameterSpace}, {@code FixedValue}); log-uniform ranges use this package's own
 * commons-math3 distributions because Arbiter's {@code LogUniformDistribution} needs ND4J's shaded Guava.
 * An Arbiter space built here decodes a unit coordinate to the same value as
 * {@link io.automl.space.SearchSpace#decode(double[])} (except exactly on the boundary between two
 * discrete values).
 */
package io.automl.space.arbiter;
