/**
 * Built-in {@link io.automl.engine.Pruner}s ({@code none}, {@code median}) and the
 * {@link io.automl.engine.pruner.PrunerRegistry} that picks one from a space's {@code pruner} section.
 */
package io.automl.engine.pruner;
