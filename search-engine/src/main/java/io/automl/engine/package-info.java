/**
 * The search engine: studies and trials, the ports other modules implement ({@link io.automl.engine.TrialStore},
 * {@link io.automl.engine.Evaluator}), samplers, pruners and the worker loop that runs a study.
 * {@link io.automl.engine.Plugins} hands the sampler and pruner registries to the space parser, so spaces are
 * validated against the plugins that run them.
 *
 * <p>No Jackson, JDBC, Quartz or DL4J type appears in a public signature here.
 */
package io.automl.engine;
