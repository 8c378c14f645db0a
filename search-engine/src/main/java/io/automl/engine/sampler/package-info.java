/**
 * Built-in {@link io.automl.engine.Sampler}s ({@code random}, {@code grid}, {@code halton}) and the
 * {@link io.automl.engine.sampler.SamplerRegistry} that picks one from a space's {@code sampler} section.
 */
package io.automl.engine.sampler;
