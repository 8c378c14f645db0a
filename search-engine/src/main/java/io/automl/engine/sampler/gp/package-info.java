/**
 * The {@code gp} sampler: Bayesian optimisation with a Gaussian process on the unit hypercube of a space's
 * active dimensions ({@link io.automl.engine.sampler.gp.GpSampler}, options in
 * {@link io.automl.engine.sampler.gp.GpOptions}). Linear algebra (Cholesky) and the hyperparameter optimizer
 * come from Commons Math; no Commons Math type leaves this package.
 */
package io.automl.engine.sampler.gp;
