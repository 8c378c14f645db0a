/**
 * Evolutionary search: {@link io.automl.engine.sampler.evolution.EvolutionSampler}, regularized (aging)
 * evolution over configurations, suited to architecture search.
 */
package io.automl.engine.sampler.evolution;
