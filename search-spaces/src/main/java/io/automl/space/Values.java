package io.automl.space;

/** Equality of configuration values across number types (a JSON round trip may turn 32 into 32L). */
final class Values {
    private Values() {
    }

    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        return a.equals(b);
    }
}
