/**
 * The external-command evaluator: one program per trial, configuration as JSON on stdin, intermediate
 * and final values as JSON lines on stdout. Each program runs in a session of its own that is killed
 * when its trial ends, and its output is read in bounded memory.
 */
package io.automl.eval.command;
