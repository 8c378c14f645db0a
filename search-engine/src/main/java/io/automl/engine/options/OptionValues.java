package io.automl.engine.options;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Conversion of option values to record component types, and their rendering as JSON text. Stateless. */
final class OptionValues {
    /** The component types an options record may use. */
    static final Set<Class<?>> TYPES = Set.of(int.class, long.class, double.class, boolean.class, String.class);

    private OptionValues() {
    }

    /** {@code value} as a value of {@code type}, or null when it is not one. */
    static Object convert(Class<?> type, Object value) {
        if (type == int.class) {
            Long n = integral(value);
            return n == null || n < Integer.MIN_VALUE || n > Integer.MAX_VALUE ? null : (Object) n.intValue();
        }
        if (type == long.class) {
            return integral(value);
        }
        if (type == double.class) {
            return value instanceof Number n && Double.isFinite(n.doubleValue()) ? (Object) n.doubleValue() : null;
        }
        if (type == boolean.class) {
            return value instanceof Boolean ? value : null;
        }
        return value instanceof String ? value : null;
    }

    /** What a value of {@code type} must look like, for messages. */
    static String expected(Class<?> type) {
        if (type == int.class) {
            return "expected an integer";
        }
        if (type == long.class) {
            return "expected an integer (64-bit)";
        }
        if (type == double.class) {
            return "expected a number";
        }
        return type == boolean.class ? "expected true or false" : "expected a string";
    }

    /** {@code value} (a scalar, a list of them or null) as JSON text, the way the parser renders values. */
    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(OptionValues::json).collect(Collectors.joining(",", "[", "]"));
        }
        return String.valueOf(value);
    }

    /** {@code name} as one RFC 6901 pointer token. */
    static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static Long integral(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger b) {
            return b.bitLength() < 64 ? b.longValue() : null;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            boolean whole = d == Math.rint(d) && Math.abs(d) < 0x1p63;
            return whole ? (long) d : null;
        }
        return null;
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
