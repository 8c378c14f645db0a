/**
 * Benchmarks of the samplers: search efficiency on standard test functions
 * ({@link io.automl.bench.SearchEfficiency}) and the cost of one proposal as the history grows
 * ({@link io.automl.bench.SamplerCost}). Command-line programs, not part of the service.
 */
package io.automl.bench;
