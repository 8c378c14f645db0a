package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.automl.space.Condition;
import io.automl.space.Distribution;
import io.automl.space.Param;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code params}: an object from parameter name to a distribution or constant, in declaration
 * order. A distribution object may carry {@code "when": {"other": value-or-[values], ...}}: the
 * parameter is active only when every named parameter is active and takes one of the listed values
 * (one key gives {@link Condition.OneOf}, several give {@link Condition.All}). A {@code when} may only
 * name parameters declared earlier, and only values they can take. Not thread-safe.
 */
final class ParamsReader {
    private final Errors errors;
    private final DistReader dists;

    ParamsReader(Errors errors, DistReader dists) {
        this.errors = errors;
        this.dists = dists;
    }

    /** The parameters, or null after reporting problems. */
    List<Param> read(JsonNode node, String pointer) {
        int mark = errors.mark();
        Obj o = Obj.open(node, pointer, errors, null);
        if (o == null) {
            return null;
        }
        Map<String, Distribution> declared = new LinkedHashMap<>();
        List<Param> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String at = Json.child(pointer, name);
            if (name.isBlank() || name.startsWith("arch.")) {
                errors.add(at, "a parameter name must be non-blank and must not start with 'arch.' (reserved for"
                        + " architecture choices)", e.getValue());
            }
            Distribution d = dists.read(e.getValue(), at, Rule.param(name), Set.of("when"));
            Condition when = Condition.ALWAYS;
            JsonNode w = e.getValue().isObject() ? e.getValue().get("when") : null;
            if (w != null && e.getValue().has("type")) {
                when = condition(w, Json.child(at, "when"), declared);
            }
            declared.put(name, d);
            if (d != null) {
                if (when != null) {
                    out.add(new Param(name, d, when));
                }
            }
        }
        return errors.mark() == mark ? out : null;
    }

    private Condition condition(JsonNode node, String pointer, Map<String, Distribution> declared) {
        if (!node.isObject() || node.isEmpty()) {
            errors.add(pointer, "when must be a non-empty object from parameter name to a value or list of values",
                    node);
            return null;
        }
        int mark = errors.mark();
        List<Condition> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String at = Json.child(pointer, key);
            Distribution target = declared.get(key);
            if (target == null && declared.containsKey(key)) {
                continue; // the named parameter is itself invalid and already reported
            }
            if (target == null) {
                errors.add(at, "when names '" + key + "', which is not a parameter declared before this one",
                        e.getValue());
                continue;
            }
            List<Object> values = values(e.getValue(), at, target, key);
            if (values != null) {
                parts.add(new Condition.OneOf(key, values));
            }
        }
        if (errors.mark() != mark) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
    }

    private List<Object> values(JsonNode node, String pointer, Distribution target, String key) {
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
            if (items.isEmpty()) {
                errors.add(pointer, "the list of values must not be empty", node);
                return null;
            }
        } else {
            items.add(node);
        }
        List<Object> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            JsonNode v = items.get(i);
            String at = node.isArray() ? pointer + "/" + i : pointer;
            if (!Json.isScalar(v)) {
                errors.add(at, "a condition value must be a string, number or boolean, got " + Json.typeName(v), v);
                ok = false;
            } else if (!target.contains(Json.scalar(v))) {
                errors.add(at, "'" + key + "' never takes this value, so the condition could never hold", v);
                ok = false;
            } else {
                out.add(Json.scalar(v));
            }
        }
        return ok ? out : null;
    }
}
