/**
 * Quasi-Monte Carlo sampling: {@link io.automl.engine.sampler.qmc.SobolSampler}, a scrambled Sobol
 * sequence over the unit hypercube of a search space, with Joe–Kuo direction numbers.
 */
package io.automl.engine.sampler.qmc;
