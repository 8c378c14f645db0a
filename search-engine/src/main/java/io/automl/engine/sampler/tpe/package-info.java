/**
 * The Tree-structured Parzen Estimator sampler ({@link io.automl.engine.sampler.tpe.TpeSampler}) and its
 * parts: options, the split of the history into good and bad observations, and the Parzen estimators
 * fitted to each, in the unit hypercube of a search space.
 */
package io.automl.engine.sampler.tpe;
