package io.automl.space;

import java.util.Objects;

/** A named hyperparameter from {@code params}, active when {@code when} holds. */
public record Param(String name, Distribution distribution, Condition when) {
    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(when, "when");
    }
}
