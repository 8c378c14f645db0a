/**
 * Tabular data for the built-in trainer: CSV reading with named errors, class labels or a numeric regression target
 * (scaled by a {@link io.automl.eval.data.TargetScale}), train/validation/test splitting (stratified by class for
 * classification), normalization fitted on the training split only, and a per-process
 * {@link io.automl.eval.data.DatasetCache} so that every trial of a study shares one load.
 */
package io.automl.eval.data;
