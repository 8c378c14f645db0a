package io.automl.space.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded random corruptions of a valid space: the parser either accepts the document or
 * reports problems through {@link InvalidSpaceException}; nothing else escapes, and every pointer
 * names a place in the document or a missing child of one.
 */
class RobustnessTest {
    private final Docs docs = new Docs();
    private final JsonNodeFactory f = JsonNodeFactory.instance;

    @Test
    void randomCorruptionsNeverEscapeAsOtherExceptions() {
        SplittableRandom rng = new SplittableRandom(2024);
        int rejected = 0;
        for (int k = 0; k < 3000; k++) {
            ObjectNode root = docs.base();
            int edits = 1 + rng.nextInt(3);
            for (int e = 0; e < edits; e++) {
                corrupt(root, rng);
            }
            try {
                docs.parser.parse(root.toString());
            } catch (InvalidSpaceException ex) {
                rejected++;
                assertFalse(ex.errors().isEmpty());
                for (SpaceError err : ex.errors()) {
                    String parent = err.pointer().isEmpty() ? "" : err.pointer().substring(0,
                            err.pointer().lastIndexOf('/'));
                    assertTrue(!root.at(err.pointer()).isMissingNode() || !root.at(parent).isMissingNode(),
                            "pointer " + err.pointer() + " not in " + root);
                }
            }
        }
        assertTrue(rejected > 1000, "most corruptions are rejected: " + rejected);
    }

    private void corrupt(ObjectNode root, SplittableRandom rng) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(rng.nextInt(containers.size()));
        JsonNode value = randomValue(rng);
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            int choice = rng.nextInt(3);
            if (choice == 0 && !names.isEmpty()) {
                o.remove(names.get(rng.nextInt(names.size())));
            } else if (choice == 1 && !names.isEmpty()) {
                o.set(names.get(rng.nextInt(names.size())), value);
            } else {
                String[] keys = {"low", "high", "log", "step", "when", "type", "values", "repeat", "x/y~"};
                o.set(keys[rng.nextInt(keys.length)], value);
            }
        } else if (target instanceof ArrayNode a && !a.isEmpty()) {
            a.set(rng.nextInt(a.size()), value);
        }
    }

    private JsonNode randomValue(SplittableRandom rng) {
        switch (rng.nextInt(10)) {
            case 0: return f.numberNode(rng.nextInt(-3, 4));
            case 1: return f.numberNode(rng.nextDouble(-2, 2));
            case 2: return f.textNode(new String[] {"float", "int", "categorical", "relu", "sgd", "dense", ""}[
                    rng.nextInt(7)]);
            case 3: return f.booleanNode(rng.nextBoolean());
            case 4: return f.nullNode();
            case 5: return f.arrayNode();
            case 6: return f.arrayNode().add(1).add("a");
            case 7: return f.objectNode();
            case 8: return f.numberNode(Long.MAX_VALUE);
            default: return f.objectNode().put("type", "int").put("low", rng.nextInt(-2, 3)).put("high", rng.nextInt(-2, 3));
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }
}
