/**
 * The external-command evaluator: one program per trial, configuration as JSON on stdin, intermediate
 * and final values as JSON lines on stdout.
 */
package io.automl.eval.command;
