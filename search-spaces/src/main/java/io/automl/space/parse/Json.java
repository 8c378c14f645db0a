package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for JSON trees: pointer escaping, type names and conversion to plain Java values. */
final class Json {
    private Json() {
    }

    /** Escapes one reference token per RFC 6901 ({@code ~} first, then {@code /}). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer of {@code field} inside the object at {@code parent}. */
    static String child(String parent, String field) {
        return parent + "/" + escape(field);
    }

    /** A human name of the node's JSON type, for messages. */
    static String typeName(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isIntegralNumber()) {
            return "an integer";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isArray() ? "an array" : "an object";
    }

    /** Whether the node is a string, number or boolean. */
    static boolean isScalar(JsonNode node) {
        return node.isTextual() || node.isNumber() || node.isBoolean();
    }

    /**
     * A scalar as a configuration value: integers as {@link Integer} (or {@link Long} when too large),
     * other numbers as {@link Double}, strings and booleans as themselves.
     */
    static Object scalar(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.textValue();
    }

    /**
     * An option value as plain Java: a scalar as {@link #scalar}, an array of scalars as a list; null when
     * the node is neither (the caller reports it).
     */
    static Object option(JsonNode node) {
        if (isScalar(node)) {
            return scalar(node);
        }
        if (!node.isArray()) {
            return null;
        }
        List<Object> list = new ArrayList<>();
        for (JsonNode n : node) {
            if (!isScalar(n)) {
                return null;
            }
            list.add(scalar(n));
        }
        return List.copyOf(list);
    }
}
