/**
 * Benchmarks: search efficiency of the samplers on standard test functions
 * ({@link io.automl.bench.SearchEfficiency}), the cost of one proposal as the history grows
 * ({@link io.automl.bench.SamplerCost}; {@link io.automl.bench.GpCost} for the gp sampler), the engine's per-trial overhead on the H2 file store
 * ({@link io.automl.bench.EngineOverhead}, with a per-call store timing) and pruning on real DL4J training
 * ({@link io.automl.bench.PruningBench}). Command-line programs, not part of the service; results are in
 * BENCHMARKS.md at the repository root.
 */
package io.automl.bench;
