package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.automl.space.DatasetRefs;
import java.util.List;
import java.util.Optional;

/**
 * Resolves {@code "dataset": {"ref": "NAME", ...}}: the named data set gives the type and the paths ({@code path},
 * or {@code images} and {@code labels} for IDX), the document the rest (label, split, image size, ...). An unknown
 * name, or {@code ref} next to a path or a different type, is an error at its pointer. Not thread-safe (one use).
 */
final class RefReader {
    private final Errors errors;
    private final DatasetRefs refs;

    RefReader(Errors errors, DatasetRefs refs) {
        this.errors = errors;
        this.refs = refs;
    }

    /** {@code node} with its reference replaced by the data set's type and paths; {@code node} itself without one. */
    JsonNode resolve(JsonNode node, String pointer) {
        if (node == null || !node.isObject() || !node.has("ref")) {
            return node;
        }
        JsonNode ref = node.get("ref");
        String at = pointer + "/ref";
        if (!ref.isTextual() || ref.textValue().isBlank()) {
            errors.add(at, "expected the name of a stored data set, got " + Json.typeName(ref), ref);
            return null;
        }
        for (String f : List.of("path", "images", "labels")) {
            if (node.has(f)) {
                errors.add(pointer + "/" + f, "'" + f + "' cannot go with 'ref': the named data set gives its files",
                        node.get(f));
            }
        }
        Optional<DatasetRefs.Ref> found = refs.find(ref.textValue());
        if (found.isEmpty()) {
            errors.add(at, "no data set named '" + ref.textValue() + "' (automl datasets, GET /api/datasets)", ref);
            return null;
        }
        DatasetRefs.Ref r = found.get();
        JsonNode type = node.get("type");
        if (type != null && !r.type().equals(type.asText())) {
            errors.add(pointer + "/type", "data set '" + r.name() + "' is of type " + r.type(), type);
            return null;
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove("ref");
        copy.put("type", r.type());
        if (r.type().equals("idx")) {
            copy.put("images", r.path());
            copy.put("labels", r.labels());
        } else {
            copy.put("path", r.path());
        }
        return copy;
    }
}
