/**
 * Import of Arbiter ({@code org.deeplearning4j:arbiter-deeplearning4j}) searches: {@link
 * io.automl.eval.arbiter.ArbiterImport} turns a {@code MultiLayerSpace}, built with Arbiter's Java builders or read
 * from the JSON or YAML Arbiter writes, into a search space of format version 1. What Arbiter expresses and the
 * format cannot is reported by name ({@link io.automl.eval.arbiter.ArbiterImportException}), never dropped; what
 * has no counterpart but does not change the search (an {@code nIn}, a seed) is reported as a note.
 */
package io.automl.eval.arbiter;
