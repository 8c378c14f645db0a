/**
 * Built-in {@link io.automl.engine.Pruner}s ({@code none}, {@code median}), one
 * {@link io.automl.engine.pruner.PrunerDescriptor} per pruner (name, options record, factory) and the
 * {@link io.automl.engine.pruner.PrunerRegistry} of descriptors that picks one from a space's
 * {@code pruner} section.
 */
package io.automl.engine.pruner;
