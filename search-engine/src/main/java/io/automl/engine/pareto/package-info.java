/**
 * Multi-objective results: Pareto dominance, non-dominated sorting with constraint handling
 * ({@link io.automl.engine.pareto.NonDominatedSort}), the hypervolume indicator
 * ({@link io.automl.engine.pareto.Hypervolume}), a study's Pareto front of non-dominated, feasible, complete
 * trials ({@link io.automl.engine.pareto.ParetoFront}) and its hypervolume over time
 * ({@link io.automl.engine.pareto.HypervolumeHistory}). Everything here is computed from stored trials, so
 * every process that reads the store agrees. Values are turned into minimized form (maximized objectives
 * negated) before comparing.
 */
package io.automl.engine.pareto;
