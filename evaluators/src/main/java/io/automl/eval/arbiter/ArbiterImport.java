package io.automl.eval.arbiter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.deeplearning4j.arbiter.BaseNetworkSpace.LayerConf;
import org.deeplearning4j.arbiter.MultiLayerSpace;
import org.deeplearning4j.arbiter.optimize.api.ParameterSpace;

/**
 * Converts an Arbiter {@code MultiLayerSpace} into a search space of format version 1 (JSON text):
 * <ul>
 * <li>network: {@code updater} ({@link Updaters}), {@code l2}, {@code activation} (the default of every layer that
 *     names none), {@code dropOut} (as every layer's input dropout), {@code setInputType} (feed-forward,
 *     convolutional or recurrent with a length) and {@code numEpochs} ({@code budget.epochs});</li>
 * <li>layers ({@link Layers}): each {@code addLayer(space, numLayers)} becomes a block whose {@code repeat} is
 *     {@code numLayers}; the last layer must be an {@code OutputLayerSpace};</li>
 * <li>dropout: DL4J drops a layer's input with retain probability p; the format drops after a dense layer (rate
 *     1 - p) or in a dropout layer, so the import puts each input dropout after the layer before it. A layer repeated
 *     more than once must then have the same dropout as the layer after it, else that is a problem.</li>
 * </ul>
 * One difference remains by design: Arbiter repeats one drawn layer and shares a value drawn once (a global
 * setting) among layers, while the format draws each repetition and layer on its own; the imported space holds
 * every network of Arbiter's space and more. Thread-safe if the given {@link ObjectMapper} is.
 */
public final class ArbiterImport {
    private static final Set<String> NETWORK_FIELDS = Set.of("updater", "l2", "activationFunction", "dropout",
            "inputType");

    private final ObjectMapper json;

    public ArbiterImport(ObjectMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** Reads the JSON or YAML that {@code MultiLayerSpace.toJson()} or {@code toYaml()} wrote. */
    public MultiLayerSpace read(String text) throws ArbiterImportException {
        Objects.requireNonNull(text, "text");
        boolean isJson = text.stripLeading().startsWith("{");
        try {
            return isJson ? MultiLayerSpace.fromJson(text) : MultiLayerSpace.fromYaml(text);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
            throw new ArbiterImportException(List.of("not an Arbiter MultiLayerSpace in " + (isJson ? "JSON" : "YAML")
                    + ": " + message));
        }
    }

    /** The converted space, or every reason it cannot be converted faithfully. */
    @SuppressWarnings("rawtypes") // Arbiter's getNestedSpaces() returns raw ParameterSpace values
    public ImportedSpace convert(MultiLayerSpace space, ImportOptions options) throws ArbiterImportException {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(options, "options");
        Report report = new Report();
        Dists dists = new Dists(json, report);
        Layers layers = new Layers(json, report, dists);
        ObjectNode params = json.createObjectNode();
        Map<String, ParameterSpace> nested = space.getNestedSpaces();
        for (Map.Entry<String, ParameterSpace> e : nested.entrySet()) {
            if (!NETWORK_FIELDS.contains(e.getKey())) {
                report.problem("MultiLayerSpace " + e.getKey(), "not supported; supported: updater, l2, activation,"
                        + " dropOut, setInputType, numEpochs and layers (got " + e.getValue() + ")");
            }
        }
        if (nested.containsKey("updater")) {
            new Updaters(json, report, dists).convert(nested.get("updater"), "MultiLayerSpace updater", params);
        }
        if (nested.containsKey("l2")) {
            set(params, "l2", dists.of(nested.get("l2"), "MultiLayerSpace l2", ValueMap.plain()));
        }
        JsonNode activation = nested.containsKey("activationFunction")
                ? dists.of(nested.get("activationFunction"), "MultiLayerSpace activation", Values::activation) : null;
        JsonNode globalDropout = nested.containsKey("dropout")
                ? layers.dropout(nested.get("dropout"), "MultiLayerSpace dropOut") : null;
        if (space.getEarlyStoppingConfiguration() != null) {
            report.problem("MultiLayerSpace earlyStoppingConfiguration", "not supported; give earlyStopping in the"
                    + " space (metric, patience, minDelta)");
        }
        if (space.getSeed() != null) {
            report.note("MultiLayerSpace seed", "ignored: each trial gets its own seed, stored with the trial");
        }
        if (space.getTrainingWorkspaceMode() != null || space.getInferenceWorkspaceMode() != null) {
            report.note("MultiLayerSpace workspace modes", "ignored: memory settings of DL4J, not of the search");
        }
        ObjectNode architecture = json.createObjectNode().put("type", "feedforward");
        if (nested.containsKey("inputType")) {
            JsonNode input = new InputTypes(json, report).convert(nested.get("inputType"));
            set(architecture, "input", input);
        }
        blocks(space.getLayerSpaces(), layers, activation, globalDropout, report, architecture);
        List<String> problems = report.problems();
        if (!problems.isEmpty()) {
            throw new ArbiterImportException(problems);
        }
        return new ImportedSpace(text(document(options, space.getNumEpochs(), params, architecture)), report.notes());
    }

    private void blocks(List<LayerConf> confs, Layers layers, JsonNode activation, JsonNode globalDropout,
            Report report, ObjectNode architecture) {
        List<JsonNode> repeats = new ArrayList<>();
        List<Layers.Converted> converted = new ArrayList<>();
        Dists dists = new Dists(json, report);
        for (int i = 0; i < confs.size(); i++) {
            LayerConf c = confs.get(i);
            String where = "layer " + i + " (" + c.getLayerSpace().getClass().getSimpleName() + ")";
            Layers.Converted l = layers.convert(c.getLayerSpace(), where, activation);
            if (l.inputDropout() == null && globalDropout != null && l.layer() != null
                    && !"dropout".equals(l.layer().path("type").asText())) {
                l = new Layers.Converted(l.layer(), globalDropout);
            }
            converted.add(l);
            repeats.add(dists.of(c.getNumLayers(), where + " numLayers", ValueMap.plain()));
        }
        ArrayNode blocks = architecture.putArray("blocks");
        int last = confs.size() - 1;
        if (last < 0 || converted.get(last).layer() != null && !"output".equals(converted.get(last).layer().path("type")
                .asText())) {
            report.problem("MultiLayerSpace layers", "the last layer must be an OutputLayerSpace");
            return;
        }
        if (!repeats.get(last).equals(json.valueToTree(1))) {
            report.problem("layer " + last + " numLayers", "the output layer must be added once");
        }
        new DropoutPlacement(json, report).place(converted, repeats, blocks, architecture);
    }

    private ObjectNode document(ImportOptions options, int epochs, ObjectNode params, ObjectNode architecture) {
        ObjectNode doc = json.createObjectNode().put("name", options.name());
        ObjectNode objective = doc.putObject("objective").put("metric", options.metric());
        if (options.direction() != null) {
            objective.put("direction", options.direction());
        }
        doc.putObject("dataset").put("type", "csv").put("path", options.dataset()).put("label", options.label());
        doc.putObject("budget").put("epochs", Math.max(1, epochs));
        doc.set("params", params);
        doc.set("architecture", architecture);
        return doc;
    }

    private String text(ObjectNode doc) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(ObjectNode node, String name, JsonNode value) {
        if (value != null) {
            node.set(name, value);
        }
    }
}
