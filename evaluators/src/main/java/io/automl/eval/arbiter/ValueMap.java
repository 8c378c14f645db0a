package io.automl.eval.arbiter;

/** Maps one Arbiter value (an enum, a DL4J object, a number) to a value of the format. */
@FunctionalInterface
interface ValueMap {
    /** The format's value: a String, Number or Boolean. */
    Object apply(Object arbiterValue) throws Unsupported;

    /** Numbers and booleans as they are. */
    static ValueMap plain() {
        return v -> {
            if (v instanceof Number || v instanceof Boolean || v instanceof String) {
                return v;
            }
            throw new Unsupported("value " + v + " is not a number, boolean or string");
        };
    }
}
