/**
 * What a process lets a search space do: whether it may run external programs (the command evaluator) and
 * which folders its data sets may be read from. One {@link io.automl.space.policy.Policy} is built where a
 * process starts (the CLI for the operator's own runs, {@code serve} from its options) and handed to every
 * path that parses, resumes or runs a space.
 */
package io.automl.space.policy;
