package io.automl.engine.options;

/** The options record of a plugin that takes none: every option given to it is unknown. Immutable. */
public record NoOptions() {
}
