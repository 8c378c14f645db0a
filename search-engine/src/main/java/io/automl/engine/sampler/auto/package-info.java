/**
 * The {@code auto} sampler, the default of a space that names none: it picks, per proposal and from the study's
 * space, budget and history alone, which built-in sampler proposes next (the Gaussian process for mostly numeric
 * spaces while a study is young, the tree-structured Parzen estimator for mostly categorical, very parallel or long
 * studies), so every worker of a study makes the same choice, and it names its choice so that the runner can
 * record it on the trial.
 */
package io.automl.engine.sampler.auto;
