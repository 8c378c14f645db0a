package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.automl.space.Constant;
import io.automl.space.Distribution;
import io.automl.space.arch.DenseSpace;
import io.automl.space.arch.LayerSpace;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads one layer object {@code {"type": ..., field: constant-or-distribution, ...}} for every layer family, with
 * each family's fields, rules and defaults. Not thread-safe (reports into one {@link Errors}).
 */
final class LayerReader {
    /** A field's rule and default; a null default makes the field required. */
    private record Field(Rule rule, Object fallback) {
    }

    private final Errors errors;
    private final DistReader dists;

    LayerReader(Errors errors, DistReader dists) {
        this.errors = errors;
        this.dists = dists;
    }

    private static Map<String, Field> fields(String type) {
        Map<String, Field> f = new LinkedHashMap<>();
        switch (type) {
            case "dense":
                f.put("units", new Field(Rule.units(), null));
                f.put("activation", new Field(Rule.activation(), "relu"));
                f.put("dropout", new Field(Rule.dropout(), 0.0));
                break;
            case "conv2d":
                f.put("filters", new Field(Rule.positive("filters"), null));
                f.put("kernel", new Field(Rule.positive("kernel"), 3));
                f.put("stride", new Field(Rule.positive("stride"), 1));
                f.put("padding", new Field(Rule.oneOf("padding", Vocabulary.PADDINGS), "same"));
                f.put("activation", new Field(Rule.activation(), "relu"));
                break;
            case "pool2d":
                f.put("mode", new Field(Rule.oneOf("mode", Vocabulary.POOL_MODES), "max"));
                f.put("size", new Field(Rule.positive("size"), 2));
                f.put("stride", new Field(Rule.positive("stride"), 2));
                break;
            case "dropout":
                f.put("rate", new Field(Rule.fraction("rate"), null));
                break;
            case "lstm":
                f.put("units", new Field(Rule.units(), null));
                f.put("returnSequences", new Field(Rule.bool("returnSequences"), false));
                f.put("activation", new Field(Rule.activation(), "tanh"));
                break;
            case "globalpool":
                f.put("mode", new Field(Rule.oneOf("mode", Vocabulary.POOL_MODES), "avg"));
                break;
            default:
                break;
        }
        return f;
    }

    /** The layer, or null after reporting problems. */
    LayerSpace read(JsonNode node, String pointer) {
        int mark = errors.mark();
        JsonNode t = node != null && node.isObject() ? node.get("type") : null;
        if (t != null && !(t.isTextual() && Vocabulary.LAYERS.contains(t.textValue()))) {
            errors.add(Json.child(pointer, "type"), "unknown layer type; expected one of "
                    + String.join(", ", Vocabulary.LAYERS.stream().sorted().toList()), t);
            return null;
        }
        String type = t == null ? "dense" : t.textValue();
        Map<String, Field> spec = fields(type);
        Set<String> allowed = new HashSet<>(spec.keySet());
        allowed.add("type");
        Obj o = Obj.open(node, pointer, errors, allowed);
        if (o == null) {
            return null;
        }
        if (!o.has("type")) {
            o.missing("type");
        }
        Map<String, Distribution> d = new LinkedHashMap<>();
        for (Map.Entry<String, Field> e : spec.entrySet()) {
            String name = e.getKey();
            if (o.has(name)) {
                d.put(name, dists.read(o.get(name), o.pointer(name), e.getValue().rule(), Set.of()));
            } else if (e.getValue().fallback() == null) {
                o.missing(name);
            } else {
                d.put(name, new Constant(e.getValue().fallback()));
            }
        }
        return errors.mark() == mark ? build(type, d) : null;
    }

    private static LayerSpace build(String type, Map<String, Distribution> d) {
        switch (type) {
            case "conv2d":
                return new LayerSpace.Conv2d(d.get("filters"), d.get("kernel"), d.get("stride"), d.get("padding"),
                        d.get("activation"));
            case "pool2d":
                return new LayerSpace.Pool2d(d.get("mode"), d.get("size"), d.get("stride"));
            case "batchnorm":
                return new LayerSpace.BatchNorm();
            case "dropout":
                return new LayerSpace.Dropout(d.get("rate"));
            case "lstm":
                return new LayerSpace.Lstm(d.get("units"), d.get("returnSequences"), d.get("activation"));
            case "globalpool":
                return new LayerSpace.GlobalPool(d.get("mode"));
            default:
                return new DenseSpace(d.get("units"), d.get("activation"), d.get("dropout"));
        }
    }
}
