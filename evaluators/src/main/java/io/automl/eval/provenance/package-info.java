/**
 * Where a trial's result came from: {@link io.automl.eval.provenance.TrialProvenance} names every fact (seed,
 * data hash, library versions, device, backend, threads, descriptor caches, worker, training time) and turns it
 * into the trial's stored attributes and into an exported bundle's manifest, each in one place.
 */
package io.automl.eval.provenance;
