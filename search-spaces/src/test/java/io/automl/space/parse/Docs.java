package io.automl.space.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Builds test documents from a small valid space and asserts on the errors they produce. */
final class Docs {
    static final String BASE = """
            {
              "name": "t",
              "objective": {"metric": "accuracy", "direction": "maximize"},
              "dataset": {"path": "data.csv"},
              "params": {
                "lr": {"type": "float", "low": 0.001, "high": 0.1, "log": true},
                "bs": {"type": "categorical", "values": [32, 64]},
                "opt": {"type": "categorical", "values": ["adam", "sgd"]},
                "momentum": {"type": "float", "low": 0.5, "high": 0.9, "when": {"opt": "sgd"}}
              },
              "architecture": {
                "type": "feedforward",
                "blocks": [{"repeat": {"type": "int", "low": 1, "high": 2},
                            "layer": {"type": "dense", "units": {"type": "int", "low": 8, "high": 64},
                                      "activation": {"type": "categorical", "values": ["relu", "tanh"]},
                                      "dropout": {"type": "float", "low": 0.0, "high": 0.5}}}],
                "output": {"activation": "softmax", "loss": "mcxent"}
              }
            }
            """;

    final ObjectMapper mapper = new ObjectMapper();
    final SpaceParser parser = new SpaceParser(new FixedPlugins());

    ObjectNode base() {
        try {
            return (ObjectNode) mapper.readTree(BASE);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base document after {@code edit}, as JSON text. */
    String with(Consumer<ObjectNode> edit) {
        ObjectNode root = base();
        edit.accept(root);
        return root.toString();
    }

    /** The node at {@code pointer} of {@code root}, as an object to edit. */
    static ObjectNode at(ObjectNode root, String pointer) {
        JsonNode n = root.at(pointer);
        assertTrue(n.isObject(), "no object at " + pointer);
        return (ObjectNode) n;
    }

    /** The errors of an invalid document. */
    List<SpaceError> errors(String text) {
        InvalidSpaceException e = assertThrows(InvalidSpaceException.class, () -> parser.parse(text));
        assertFalse(e.errors().isEmpty());
        return e.errors();
    }

    /** Asserts that exactly one error sits at {@code pointer}, with {@code value} and a message containing {@code words}. */
    static SpaceError only(List<SpaceError> errors, String pointer, String value, String words) {
        List<SpaceError> here = errors.stream().filter(e -> e.pointer().equals(pointer)).toList();
        assertTrue(here.size() == 1, "expected one error at " + pointer + " in " + render(errors));
        SpaceError e = here.get(0);
        assertTrue(java.util.Objects.equals(value, e.value()), "value at " + pointer + " was " + e.value());
        assertTrue(e.message().contains(words), "message '" + e.message() + "' lacks '" + words + "'");
        return e;
    }

    static String render(List<SpaceError> errors) {
        return errors.stream().map(SpaceError::toString).collect(Collectors.joining("\n  ", "[\n  ", "\n]"));
    }
}
