/**
 * Tabular data for the built-in trainer: CSV reading with named errors, stratified train/validation/test
 * splitting, normalization fitted on the training split only, and a per-process {@link io.automl.eval.data.DatasetCache}
 * so that every trial of a study shares one load.
 */
package io.automl.eval.data;
