/**
 * The composition root: wires the store, the engine, the evaluators and the parser into the
 * services the command line and the web server use. The only place that chooses implementations.
 */
package io.automl.app;
