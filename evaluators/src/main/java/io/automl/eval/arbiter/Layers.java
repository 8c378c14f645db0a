package io.automl.eval.arbiter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deeplearning4j.arbiter.dropout.DropoutSpace;
import org.deeplearning4j.arbiter.layers.BatchNormalizationSpace;
import org.deeplearning4j.arbiter.layers.ConvolutionLayerSpace;
import org.deeplearning4j.arbiter.layers.DenseLayerSpace;
import org.deeplearning4j.arbiter.layers.DropoutLayerSpace;
import org.deeplearning4j.arbiter.layers.GlobalPoolingLayerSpace;
import org.deeplearning4j.arbiter.layers.LSTMLayerSpace;
import org.deeplearning4j.arbiter.layers.LayerSpace;
import org.deeplearning4j.arbiter.layers.OutputLayerSpace;
import org.deeplearning4j.arbiter.layers.SubsamplingLayerSpace;
import org.deeplearning4j.arbiter.optimize.api.ParameterSpace;

/**
 * Converts one Arbiter layer space to a layer of the format, field by field: {@code DenseLayerSpace} (nOut as
 * units, activation), {@code ConvolutionLayerSpace} (nOut as filters, square kernelSize and stride, convolutionMode
 * as padding, activation), {@code SubsamplingLayerSpace} (poolingType, square kernelSize and stride),
 * {@code BatchNormalizationSpace}, {@code LSTMLayerSpace} (nOut as units, activation; it returns sequences as in
 * DL4J), {@code GlobalPoolingLayerSpace} (poolingType), {@code DropoutLayerSpace} and {@code OutputLayerSpace}
 * (fixed activation and loss). Fields left unset take DL4J's defaults, written out. A layer's {@code dropOut} (DL4J's dropout on the layer's input, a retain
 * probability) is returned for the caller to place. Every other field set on a layer is a problem; {@code nIn} and
 * an output layer's {@code nOut} (sized by the data) are notes. Not thread-safe.
 */
final class Layers {
    /** A converted layer: the format's layer object (null after a problem) and its input dropout rate (or null). */
    record Converted(ObjectNode layer, JsonNode inputDropout) {
        boolean dense() {
            return layer != null && "dense".equals(layer.path("type").asText());
        }
    }

    /**
     * DL4J's defaults where an Arbiter layer leaves a field unset (checked against DL4J 1.0.0-M2.1): a hidden
     * layer's activation when the network names none either (an output layer's is softmax), a convolution's kernel
     * (5, stride 1, no padding) a subsampling layer's window (max pooling, 1, stride 2) and global pooling (max).
     */
    static final String DL4J_DEFAULT_ACTIVATION = "sigmoid";
    static final int DL4J_CONV_KERNEL = 5;
    static final int DL4J_POOL_SIZE = 1;

    private final ObjectMapper json;
    private final Report report;
    private final Dists dists;

    Layers(ObjectMapper json, Report report, Dists dists) {
        this.json = json;
        this.report = report;
        this.dists = dists;
    }

    /** The layer for {@code space}; {@code activation} is the network's activation (null: DL4J's default). */
    @SuppressWarnings("rawtypes") // Arbiter's getNestedSpaces() returns raw ParameterSpace values
    Converted convert(LayerSpace<?> space, String where, JsonNode activation) {
        String type = type(space);
        if (type == null) {
            report.problem(where, "layer type " + space.getClass().getSimpleName() + " is not supported; supported:"
                    + " DenseLayerSpace, ConvolutionLayerSpace, SubsamplingLayerSpace, BatchNormalizationSpace,"
                    + " LSTMLayerSpace, GlobalPoolingLayerSpace, DropoutLayerSpace, OutputLayerSpace");
            return new Converted(null, null);
        }
        Map<String, String> fields = fields(type);
        ObjectNode layer = json.createObjectNode().put("type", type);
        JsonNode inputDropout = null;
        boolean ok = true;
        for (Map.Entry<String, ParameterSpace> e : space.getNestedSpaces().entrySet()) {
            String name = e.getKey();
            String at = where + " " + name;
            if (name.equals("nIn") || name.equals("nOut") && type.equals("output")) {
                report.note(at, "ignored: the data set decides input and output sizes");
            } else if (name.equals("dropOut")) {
                JsonNode rate = dropout(e.getValue(), at);
                ok &= rate != null;
                if (type.equals("dropout")) {
                    layer.set("rate", rate);
                } else {
                    inputDropout = rate;
                }
            } else if (fields.containsKey(name)) {
                JsonNode d = dists.of(e.getValue(), at, map(name));
                ok &= d != null;
                layer.set(fields.get(name), d);
            } else {
                report.problem(at, "not supported on " + space.getClass().getSimpleName() + "; supported: "
                        + String.join(", ", fields.keySet()) + (fields.isEmpty() ? "" : ", ") + "dropOut, nIn (got "
                        + e.getValue() + ")");
                ok = false;
            }
        }
        if (type.equals("output") && !layer.has("activation")) {
            layer.put("activation", "softmax");
        } else if (fields.containsKey("activationFunction") && !layer.has("activation")) {
            layer.set("activation", activation != null ? activation : json.valueToTree(DL4J_DEFAULT_ACTIVATION));
        }
        if (type.equals("conv2d") && !layer.has("padding")) {
            layer.put("padding", "valid");
        }
        if (type.equals("globalpool")) {
            layer.putIfAbsent("mode", json.valueToTree("max"));
        }
        if (type.equals("lstm")) {
            layer.put("returnSequences", true);
        }
        if (type.equals("dropout") && !layer.has("rate")) {
            report.problem(where, "DropoutLayerSpace without a dropOut");
            ok = false;
        }
        if (type.equals("conv2d")) {
            layer.putIfAbsent("kernel", json.valueToTree(DL4J_CONV_KERNEL));
            layer.putIfAbsent("stride", json.valueToTree(1));
        }
        if (type.equals("pool2d")) {
            layer.putIfAbsent("mode", json.valueToTree("max"));
            layer.putIfAbsent("size", json.valueToTree(DL4J_POOL_SIZE));
            layer.putIfAbsent("stride", json.valueToTree(2));
        }
        return new Converted(ok ? ordered(layer, fields) : null, inputDropout);
    }

    /** The layer's fields in the format's order: type, the mapped fields as listed, then the rest. */
    private ObjectNode ordered(ObjectNode layer, Map<String, String> fields) {
        ObjectNode out = json.createObjectNode().put("type", layer.get("type").asText());
        for (String name : fields.values()) {
            if (layer.has(name)) {
                out.set(name, layer.get(name));
            }
        }
        out.setAll(layer);
        return out;
    }

    /**
     * The rate for a {@code DropoutSpace} (DL4J's standard dropout; Arbiter has two classes of that name, the
     * builders' and the network's); other dropout kinds are problems.
     */
    JsonNode dropout(ParameterSpace<?> space, String where) {
        if (!(space instanceof DropoutSpace) && !(space instanceof org.deeplearning4j.arbiter.conf.dropout.DropoutSpace)) {
            report.problem(where, space.getClass().getSimpleName() + " is not supported; supported: dropOut(p) and"
                    + " dropOut(ParameterSpace<Double>) (standard dropout)");
            return null;
        }
        return dists.dropRate(space.getNestedSpaces().values().iterator().next(), where);
    }

    private static String type(LayerSpace<?> s) {
        Class<?> c = s.getClass();
        return c == DenseLayerSpace.class ? "dense" : c == OutputLayerSpace.class ? "output"
                : c == ConvolutionLayerSpace.class ? "conv2d" : c == SubsamplingLayerSpace.class ? "pool2d"
                : c == BatchNormalizationSpace.class ? "batchnorm" : c == LSTMLayerSpace.class ? "lstm"
                : c == GlobalPoolingLayerSpace.class ? "globalpool" : c == DropoutLayerSpace.class ? "dropout" : null;
    }

    /** Arbiter field name to the format's field name, per layer type. */
    private static Map<String, String> fields(String type) {
        Map<String, String> f = new LinkedHashMap<>();
        switch (type) {
            case "dense":
            case "lstm":
                f.put("nOut", "units");
                f.put("activationFunction", "activation");
                break;
            case "output":
                f.put("activationFunction", "activation");
                f.put("lossFunction", "loss");
                break;
            case "conv2d":
                f.put("nOut", "filters");
                f.put("kernelSize", "kernel");
                f.put("stride", "stride");
                f.put("convolutionMode", "padding");
                f.put("activationFunction", "activation");
                break;
            case "pool2d":
                f.put("poolingType", "mode");
                f.put("kernelSize", "size");
                f.put("stride", "stride");
                break;
            case "globalpool":
                f.put("poolingType", "mode");
                break;
            default:
                break;
        }
        return f;
    }

    private static ValueMap map(String arbiterField) {
        switch (arbiterField) {
            case "activationFunction":
                return Values::activation;
            case "lossFunction":
                return Values::loss;
            case "kernelSize":
            case "stride":
                return Values::square;
            case "convolutionMode":
                return Values::convolutionMode;
            case "poolingType":
                return Values::pooling;
            default:
                return ValueMap.plain();
        }
    }
}
