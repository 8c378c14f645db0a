/**
 * The search engine: studies and trials, the ports other modules implement ({@link io.automl.engine.TrialStore},
 * {@link io.automl.engine.Evaluator}), samplers, pruners and the worker loop that runs a study.
 *
 * <p>No Jackson, JDBC, Quartz or DL4J type appears in a public signature here.
 */
package io.automl.engine;
