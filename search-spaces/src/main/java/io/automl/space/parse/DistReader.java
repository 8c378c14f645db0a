package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.automl.space.Categorical;
import io.automl.space.Constant;
import io.automl.space.Distribution;
import io.automl.space.FloatRange;
import io.automl.space.IntRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one distribution or constant: {@code {"type": "float"|"int", "low", "high", "log"?, "step"?}},
 * {@code {"type": "categorical", "values": [...]}} or a plain scalar. Checks everything the value
 * records would reject, plus the field's {@link Rule}, and returns null after reporting problems.
 * Not thread-safe (shares the parse's {@link Errors}).
 */
final class DistReader {
    private static final Set<String> RANGE_FIELDS = Set.of("type", "low", "high", "log", "step");
    private static final Set<String> CATEGORICAL_FIELDS = Set.of("type", "values");

    private final Errors errors;

    DistReader(Errors errors) {
        this.errors = errors;
    }

    /** Reads {@code node}; {@code extra} names further fields the caller reads itself (such as {@code when}). */
    Distribution read(JsonNode node, String pointer, Rule rule, Set<String> extra) {
        if (node == null || node.isNull() || node.isArray()) {
            errors.add(pointer, rule.field() + " must be a constant (" + rule.what() + ") or a distribution object"
                    + " {\"type\": ...}, got " + Json.typeName(node), node);
            return null;
        }
        if (Json.isScalar(node)) {
            Object v = Json.scalar(node);
            if (!rule.accepts().test(v)) {
                errors.add(pointer, rule.field() + " must be " + rule.what(), node);
                return null;
            }
            return new Constant(v);
        }
        JsonNode type = node.get("type");
        if (type == null) {
            errors.add(Json.child(pointer, "type"), "required field 'type' is missing; expected one of "
                    + allowedTypes(rule), null);
            return null;
        }
        String t = type.isTextual() ? type.textValue() : "";
        if (!Vocabulary.DISTRIBUTIONS.contains(t)) {
            errors.add(Json.child(pointer, "type"), "unknown distribution type; expected one of "
                    + allowedTypes(rule), type);
            return null;
        }
        if (!rule.types().contains(t)) {
            errors.add(Json.child(pointer, "type"), rule.field() + " cannot be a " + t + " distribution; expected "
                    + allowedTypes(rule), type);
            return null;
        }
        boolean categorical = t.equals("categorical");
        Set<String> allowed = new HashSet<>(categorical ? CATEGORICAL_FIELDS : RANGE_FIELDS);
        allowed.addAll(extra);
        int mark = errors.mark();
        Obj o = Obj.open(node, pointer, errors, allowed);
        Distribution d = categorical ? categorical(o, rule) : t.equals("int") ? intRange(o, rule) : floatRange(o, rule);
        return errors.mark() == mark ? d : null;
    }

    private static String allowedTypes(Rule rule) {
        List<String> names = new ArrayList<>(rule.types().stream().sorted().toList());
        names.add("a constant");
        return String.join(", ", names);
    }

    private Distribution floatRange(Obj o, Rule rule) {
        Double low = o.number("low", null, -Double.MAX_VALUE, Double.MAX_VALUE, false);
        Double high = o.number("high", null, -Double.MAX_VALUE, Double.MAX_VALUE, false);
        boolean log = o.bool("log", false);
        double step = 0;
        if (o.has("step")) {
            Double s = o.number("step", null, -Double.MAX_VALUE, Double.MAX_VALUE, false);
            if (s != null && s <= 0) {
                errors.add(o.pointer("step"), "step must be > 0", o.get("step"));
            } else if (s != null && !log) {
                step = s;
            }
            if (log) {
                errors.add(o.pointer("step"), "step cannot be combined with log", o.get("step"));
            }
        }
        if (low == null || high == null || !checkBounds(o, rule, low, high, log, "0")) {
            return null;
        }
        return new FloatRange(low, high, log, step);
    }

    private Distribution intRange(Obj o, Rule rule) {
        Integer low = intBound(o, "low");
        Integer high = intBound(o, "high");
        boolean log = o.bool("log", false);
        int step = 1;
        if (o.has("step")) {
            Integer s = o.integer("step", null, Integer.MIN_VALUE, Integer.MAX_VALUE);
            if (s != null && s < 1) {
                errors.add(o.pointer("step"), "step must be >= 1", o.get("step"));
            } else if (s != null) {
                step = s;
            }
            if (log) {
                errors.add(o.pointer("step"), "step cannot be combined with log", o.get("step"));
            }
        }
        if (low == null || high == null || !checkBounds(o, rule, low, high, log, "1")) {
            return null;
        }
        return new IntRange(low, high, log, log ? 1 : step);
    }

    private Integer intBound(Obj o, String field) {
        JsonNode v = o.get(field);
        if (v != null && v.isIntegralNumber() && !v.canConvertToInt()) {
            errors.add(o.pointer(field), field + " must fit in a 32-bit integer", v);
            return null;
        }
        return o.integer(field, null, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** Checks low <= high, the log lower bound and the rule on both ends; reports and returns false on failure. */
    private boolean checkBounds(Obj o, Rule rule, Number low, Number high, boolean log, String logMin) {
        boolean ok = true;
        if (low.doubleValue() > high.doubleValue()) {
            errors.add(o.pointer("low"), "low must be <= high (" + high + ")", o.get("low"));
            ok = false;
        }
        boolean logLowBad = logMin.equals("0") ? low.doubleValue() <= 0 : low.doubleValue() < 1;
        if (log && logLowBad) {
            errors.add(o.pointer("low"), "a log range needs low " + (logMin.equals("0") ? "> 0" : ">= 1"), o.get("low"));
            ok = false;
        }
        if (!rule.accepts().test(low)) {
            errors.add(o.pointer("low"), rule.field() + " must be " + rule.what(), o.get("low"));
            ok = false;
        }
        if (!rule.accepts().test(high)) {
            errors.add(o.pointer("high"), rule.field() + " must be " + rule.what(), o.get("high"));
            ok = false;
        }
        return ok;
    }

    private Distribution categorical(Obj o, Rule rule) {
        JsonNode values = o.get("values");
        if (values == null) {
            o.missing("values");
            return null;
        }
        String pointer = o.pointer("values");
        if (!values.isArray() || values.isEmpty()) {
            errors.add(pointer, "values must be a non-empty array of choices", values);
            return null;
        }
        List<Object> out = new ArrayList<>();
        int mark = errors.mark();
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            String at = pointer + "/" + i;
            if (!Json.isScalar(v)) {
                errors.add(at, "a choice must be a string, number or boolean, got " + Json.typeName(v), v);
                continue;
            }
            Object value = Json.scalar(v);
            if (!rule.accepts().test(value)) {
                errors.add(at, rule.field() + " must be " + rule.what(), v);
            } else if (contains(out, value)) {
                errors.add(at, "duplicate choice", v);
            } else {
                out.add(value);
            }
        }
        return errors.mark() == mark ? new Categorical(out) : null;
    }

    private static boolean contains(List<Object> seen, Object value) {
        return !seen.isEmpty() && new Categorical(seen).contains(value);
    }
}
