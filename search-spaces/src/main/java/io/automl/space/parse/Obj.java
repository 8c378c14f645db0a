package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed reading of one JSON object's fields with error reporting. {@link #open} reports fields that
 * are not among the allowed ones (when {@code allowed} is non-null). Each getter reports a wrong type
 * or a value out of range and then returns the fallback, so callers compare {@link Errors#mark()}s to
 * decide whether to build a value. Not thread-safe.
 */
final class Obj {
    private final JsonNode node;
    private final String pointer;
    private final Errors errors;

    private Obj(JsonNode node, String pointer, Errors errors) {
        this.node = node;
        this.pointer = pointer;
        this.errors = errors;
    }

    /** Opens {@code node} as an object, or reports it and returns null when it is not one. */
    static Obj open(JsonNode node, String pointer, Errors errors, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            errors.add(pointer, "expected an object, got " + Json.typeName(node), node);
            return null;
        }
        if (allowed != null) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!allowed.contains(f)) {
                    errors.add(Json.child(pointer, f), "unknown field '" + f + "'; expected one of "
                            + String.join(", ", sorted(allowed)), node.get(f));
                }
            }
        }
        return new Obj(node, pointer, errors);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    JsonNode node() {
        return node;
    }

    String pointer() {
        return pointer;
    }

    String pointer(String field) {
        return Json.child(pointer, field);
    }

    boolean has(String field) {
        return node.has(field);
    }

    /** The field's node, or null when absent. */
    JsonNode get(String field) {
        return node.get(field);
    }

    /** Field names other than {@code known}, in document order. */
    List<String> others(Set<String> known) {
        List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                out.add(f);
            }
        });
        return out;
    }

    /** Reports that a required field is missing. */
    void missing(String field) {
        errors.add(pointer(field), "required field '" + field + "' is missing", null);
    }

    /** A string field; {@code fallback} null makes it required; {@code choices} null accepts any non-blank string. */
    String string(String field, String fallback, Set<String> choices) {
        JsonNode v = node.get(field);
        if (v == null) {
            if (fallback == null) {
                missing(field);
            }
            return fallback;
        }
        if (!v.isTextual() || v.textValue().isBlank()) {
            errors.add(pointer(field), "expected a non-empty string, got " + Json.typeName(v), v);
            return fallback;
        }
        if (choices != null && !choices.contains(v.textValue())) {
            errors.add(pointer(field), "unknown " + field + " '" + v.textValue() + "'; expected one of "
                    + String.join(", ", sorted(choices)), v);
            return fallback;
        }
        return v.textValue();
    }

    /** An int field in {@code [min, max]}; {@code fallback} null makes it required. */
    Integer integer(String field, Integer fallback, long min, long max) {
        JsonNode v = node.get(field);
        if (v == null) {
            if (fallback == null) {
                missing(field);
            }
            return fallback;
        }
        if (!v.isIntegralNumber()) {
            errors.add(pointer(field), "expected an integer, got " + Json.typeName(v), v);
            return fallback;
        }
        if (!v.canConvertToLong() || v.longValue() < min || v.longValue() > max) {
            errors.add(pointer(field), field + " must be between " + min + " and " + max, v);
            return fallback;
        }
        return v.intValue();
    }

    /** A long field (such as a seed); {@code fallback} null makes it required. */
    Long longValue(String field, Long fallback) {
        JsonNode v = node.get(field);
        if (v == null) {
            if (fallback == null) {
                missing(field);
            }
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            errors.add(pointer(field), "expected an integer (64-bit), got " + Json.typeName(v), v);
            return fallback;
        }
        return v.longValue();
    }

    /**
     * A number field; {@code fallback} null makes it required. Bounds: {@code min} inclusive, {@code max}
     * inclusive unless {@code maxExclusive}.
     */
    Double number(String field, Double fallback, double min, double max, boolean maxExclusive) {
        JsonNode v = node.get(field);
        if (v == null) {
            if (fallback == null) {
                missing(field);
            }
            return fallback;
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            errors.add(pointer(field), "expected a number, got " + Json.typeName(v), v);
            return fallback;
        }
        double d = v.doubleValue();
        if (d < min || d > max || (maxExclusive && d >= max)) {
            errors.add(pointer(field), field + " must be in [" + num(min) + ", " + num(max)
                    + (maxExclusive ? ")" : "]"), v);
            return fallback;
        }
        return d;
    }

    /** A boolean field with a default. */
    boolean bool(String field, boolean fallback) {
        JsonNode v = node.get(field);
        if (v == null) {
            return fallback;
        }
        if (!v.isBoolean()) {
            errors.add(pointer(field), "expected true or false, got " + Json.typeName(v), v);
            return fallback;
        }
        return v.booleanValue();
    }

    /** The remaining fields as option values (scalars or arrays of scalars), in document order. */
    Map<String, Object> options(Set<String> known) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String f : others(known)) {
            Object v = Json.option(node.get(f));
            if (v == null) {
                errors.add(pointer(f), "an option must be a string, number, boolean or an array of them", node.get(f));
            } else {
                out.put(f, v);
            }
        }
        return out;
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
