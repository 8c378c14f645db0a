/**
 * Evaluators for the search engine: {@link io.automl.eval.Dl4jEvaluator} (the built-in DL4J trainer),
 * {@link io.automl.eval.Evaluators} (picks an evaluator for a space's evaluator spec) and
 * {@link io.automl.eval.EvaluationException} (a readable reason for a failed trial).
 */
package io.automl.eval;
