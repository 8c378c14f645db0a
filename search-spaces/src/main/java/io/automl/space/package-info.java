/**
 * The search-space language, version 1: immutable, validated value types describing the
 * hyperparameters and network architecture of a search, the flat list of {@link io.automl.space.Dimension}s
 * a sampler sees, and the codec between configurations and the unit hypercube.
 *
 * <p>Everything here is plain Java: no Jackson, DL4J or JDBC type appears in a public signature.
 */
package io.automl.space;
