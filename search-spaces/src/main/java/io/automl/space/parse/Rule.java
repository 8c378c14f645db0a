package io.automl.space.parse;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What one searchable field accepts: which distribution types (constants are always accepted) and
 * which values, with a phrase describing them for messages. Immutable.
 *
 * @param field the field's name in messages, such as {@code units}
 * @param types the distribution types allowed ({@code float}, {@code int}, {@code categorical})
 * @param what a phrase completing "{field} must be ...", such as {@code an integer >= 1}
 * @param accepts the test every constant, choice and range bound must pass
 */
record Rule(String field, Set<String> types, String what, Predicate<Object> accepts) {
    Rule {
        Objects.requireNonNull(field, "field");
        types = Set.copyOf(types);
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(accepts, "accepts");
    }

    /** Any scalar, any distribution: hyperparameters under {@code params}. */
    static Rule param(String name) {
        return new Rule(name, Vocabulary.DISTRIBUTIONS, "a string, number or boolean", v -> true);
    }

    /** Dense layer units: integers of at least 1. */
    static Rule units() {
        return new Rule("units", Set.of("int", "categorical"), "an integer >= 1",
                v -> v instanceof Integer i && i >= 1);
    }

    /** Block repetitions: an int range or an int constant of at least 0. */
    static Rule repeat() {
        return new Rule("repeat", Set.of("int"), "an integer >= 0", v -> v instanceof Integer i && i >= 0);
    }

    /** Dropout rates in [0, 1). */
    static Rule dropout() {
        return new Rule("dropout", Set.of("float", "categorical"), "a number in [0, 1)",
                v -> v instanceof Number n && !(v instanceof Long) && n.doubleValue() >= 0 && n.doubleValue() < 1);
    }

    /** Hidden-layer activation names. */
    static Rule activation() {
        return new Rule("activation", Set.of("categorical"),
                "one of " + String.join(", ", Vocabulary.ACTIVATIONS.stream().sorted().toList()),
                v -> v instanceof String s && Vocabulary.ACTIVATIONS.contains(s));
    }

    /** A positive integer field such as filters, kernel, stride or size. */
    static Rule positive(String field) {
        return new Rule(field, Set.of("int", "categorical"), "an integer >= 1", v -> v instanceof Integer i && i >= 1);
    }

    /** One of a fixed set of names, such as a padding or pooling mode. */
    static Rule oneOf(String field, Set<String> names) {
        return new Rule(field, Set.of("categorical"), "one of " + String.join(", ", names.stream().sorted().toList()),
                v -> v instanceof String s && names.contains(s));
    }

    /** A boolean field. */
    static Rule bool(String field) {
        return new Rule(field, Set.of("categorical"), "true or false", v -> v instanceof Boolean);
    }

    /** A fraction in [0, 1) under another name, such as a dropout layer's rate. */
    static Rule fraction(String field) {
        Rule d = dropout();
        return new Rule(field, d.types(), d.what(), d.accepts());
    }
}
