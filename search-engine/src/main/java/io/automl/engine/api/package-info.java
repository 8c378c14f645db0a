/**
 * The library API: run a search from plain Java code, with the objective as a lambda.
 *
 * <pre>{@code
 * SearchSpace space = SpaceBuilder.named("quadratic")
 *         .minimize()
 *         .floatParam("x", -10, 10)
 *         .categorical("kind", "a", "b")
 *         .when("kind", List.of("b"), b -> b.intParam("n", 1, 5))
 *         .sampler("tpe", 42)
 *         .build();
 * Study study = Study.builder(space).parallelism(2).build();   // in-memory store by default
 * StudyResult result = study.optimize(trial -> {
 *     double x = trial.config().getDouble("x");
 *     return (x - 2) * (x - 2);
 * }, 60);
 * double bestX = study.best().orElseThrow().config().getDouble("x");
 * }</pre>
 *
 * <p>{@link io.automl.engine.api.Study} runs on any {@link io.automl.engine.TrialStore} (pass the
 * JDBC store of the results module to keep every trial in an H2 file or PostgreSQL);
 * {@link io.automl.engine.api.SpaceBuilder} builds a {@link io.automl.space.SearchSpace} without JSON;
 * an objective reports intermediate values and stops early through
 * {@link io.automl.engine.api.TrialContext#pruneIfAsked(int, double)}.
 */
package io.automl.engine.api;
