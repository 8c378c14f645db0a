/**
 * The DL4J side of the built-in trainer: hyperparameters read from a configuration, network
 * construction from a {@link io.automl.space.arch.NetworkPlan}, the epoch loop with pruning, early
 * stopping and best-epoch checkpoints, classification and regression metrics, CPU thread limits and the model
 * artifact format.
 */
package io.automl.eval.dl4j;
