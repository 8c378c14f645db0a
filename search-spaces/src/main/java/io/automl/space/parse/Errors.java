package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one document and returns them in document order. A pointer that does not
 * exist in the document (a missing field) sorts with its nearest existing ancestor. Not thread-safe:
 * one instance per parse.
 */
final class Errors {
    private final Map<String, Integer> order = new HashMap<>();
    private final List<SpaceError> errors = new ArrayList<>();

    Errors(JsonNode root) {
        index(root, "", new int[] {0});
    }

    private void index(JsonNode node, String pointer, int[] next) {
        order.put(pointer, next[0]++);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                index(e.getValue(), pointer + "/" + Json.escape(e.getKey()), next);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                index(node.get(i), pointer + "/" + i, next);
            }
        }
    }

    /** Records a problem found by someone else (such as a plugin's option check). */
    void add(SpaceError error) {
        errors.add(error);
    }

    /** Records a problem at {@code pointer}; {@code value} may be null (missing field). */
    void add(String pointer, String message, JsonNode value) {
        errors.add(new SpaceError(pointer, message, value == null || value.isMissingNode() ? null : value.toString()));
    }

    /** The number of problems so far; compare two marks to learn whether a part had problems. */
    int mark() {
        return errors.size();
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The problems sorted in document order (stable among problems at the same place). */
    List<SpaceError> sorted() {
        List<SpaceError> copy = new ArrayList<>(errors);
        copy.sort(Comparator.comparingInt(e -> position(e.pointer())));
        return List.copyOf(copy);
    }

    private int position(String pointer) {
        String p = pointer;
        while (true) {
            Integer at = order.get(p);
            if (at != null) {
                return at;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return 0;
            }
            p = p.substring(0, slash);
        }
    }
}
