/**
 * Plugin options: the one reader ({@link io.automl.engine.options.OptionReader}) that maps a sampler's or
 * pruner's option map onto its typed options record and reports every problem with its JSON pointer, the
 * {@link io.automl.engine.options.OptionAlias} annotation for alternative option names, and
 * {@link io.automl.engine.options.NoOptions} for plugins without options. Everything here is stateless
 * and thread-safe.
 */
package io.automl.engine.options;
