/**
 * Built-in {@link io.automl.engine.Sampler}s ({@code random}, {@code grid}, {@code halton}), one
 * {@link io.automl.engine.sampler.SamplerDescriptor} per sampler (name, options record, factory) and the
 * {@link io.automl.engine.sampler.SamplerRegistry} of descriptors that picks one from a space's
 * {@code sampler} section.
 */
package io.automl.engine.sampler;
