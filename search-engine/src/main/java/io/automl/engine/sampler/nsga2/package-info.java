/**
 * The NSGA-II sampler (Deb et al. 2002) for multi-objective spaces: generations of a fixed size formed from
 * the trial numbers, elitist selection by constrained non-dominated sorting and crowding distance,
 * binary tournaments, simulated binary crossover and polynomial mutation on numeric dimensions, uniform
 * crossover and reset mutation on categorical ones (architecture choices included).
 */
package io.automl.engine.sampler.nsga2;
