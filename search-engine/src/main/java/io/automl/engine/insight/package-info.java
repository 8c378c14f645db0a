/**
 * What a study's history says about its search space: parameter importance computed from the complete trials
 * ({@link io.automl.engine.insight.ParameterImportance}), shared by the API and the command line.
 */
package io.automl.engine.insight;
