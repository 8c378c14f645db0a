package io.automl.eval.arbiter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * Lays out the converted layers as blocks and places DL4J's input dropouts. DL4J drops the input of layer i; the
 * format drops after a dense layer (its {@code dropout}) or in a {@code dropout} layer. So the input dropout of
 * layer i + 1 becomes the dropout of dense layer i, or a dropout layer after any other layer, and the first layer's
 * becomes a leading dropout layer. A layer repeated (numLayers other than 1) also drops between its copies, which
 * matches only when its own dropout equals the next layer's. Not thread-safe.
 */
final class DropoutPlacement {
    private final ObjectMapper json;
    private final Report report;

    DropoutPlacement(ObjectMapper json, Report report) {
        this.json = json;
        this.report = report;
    }

    /** Adds the hidden blocks to {@code blocks} and the output layer to {@code architecture}. */
    void place(List<Layers.Converted> layers, List<JsonNode> repeats, ArrayNode blocks, ObjectNode architecture) {
        int out = layers.size() - 1;
        if (layers.get(0).inputDropout() != null) {
            blocks.add(dropoutBlock(layers.get(0).inputDropout()));
        }
        for (int i = 0; i < out; i++) {
            Layers.Converted layer = layers.get(i);
            JsonNode repeat = repeats.get(i);
            if (layer.layer() == null || repeat == null) {
                continue;
            }
            JsonNode own = layer.inputDropout();
            JsonNode next = layers.get(i + 1).inputDropout();
            boolean once = repeat.equals(json.valueToTree(1));
            String where = "layer " + i + " dropOut";
            if (!once && own != null && !layer.dense()) {
                report.problem(where, "dropout between repeated " + layer.layer().path("type").asText()
                        + " layers is not supported; add the layer with numLayers 1");
            } else if (!once && !Objects.equals(own, next)) {
                report.problem(where, "a layer repeated by numLayers needs the same dropOut as the layer after it"
                        + " (got " + own + " and " + next + "): DL4J drops the input of each copy, the format drops"
                        + " after each copy");
            }
            ObjectNode block = json.createObjectNode();
            block.set("repeat", repeat);
            block.set("layer", layer.layer());
            if (layer.dense() && next != null) {
                layer.layer().set("dropout", next);
            }
            blocks.add(block);
            if (!layer.dense() && next != null) {
                blocks.add(dropoutBlock(next));
            }
        }
        output(layers.get(out), architecture);
    }

    private ObjectNode dropoutBlock(JsonNode rate) {
        ObjectNode block = json.createObjectNode().put("repeat", 1);
        block.putObject("layer").put("type", "dropout").set("rate", rate);
        return block;
    }

    private void output(Layers.Converted layer, ObjectNode architecture) {
        if (layer.layer() == null) {
            return;
        }
        ObjectNode output = architecture.putObject("output");
        JsonNode activation = layer.layer().get("activation");
        JsonNode loss = layer.layer().has("loss") ? layer.layer().get("loss") : json.valueToTree("mcxent");
        if (!activation.isTextual() || !loss.isTextual()) {
            report.problem("OutputLayerSpace", "a searched output activation or loss is not supported; the output"
                    + " layer takes one activation and one loss (got " + activation + " and " + loss + ")");
            return;
        }
        output.set("activation", activation);
        output.set("loss", loss);
    }
}
