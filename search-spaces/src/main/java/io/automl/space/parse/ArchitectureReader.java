package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.automl.space.Constant;
import io.automl.space.Distribution;
import io.automl.space.Task;
import io.automl.space.arch.ArchitectureSpace;
import io.automl.space.arch.BlockSpace;
import io.automl.space.arch.InputShape;
import io.automl.space.arch.LayerSpace;
import io.automl.space.arch.OutputSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code architecture}: {@code {"type": "feedforward", "blocks": [...], "output": {...}, "input": {...}}}.
 * A block is {@code {"repeat": int-range-or-constant (default 1), "optional": true | probability, "layer": {...}}}
 * (layers: {@link LayerReader}); {@code output} defaults to softmax with mcxent for classification and to identity
 * with mse for regression (where softmax and the classification losses are errors); {@code input} is
 * {@code {"type": "features"}} (default), {@code {"type": "image", "height", "width", "channels"}} or
 * {@code {"type": "sequence", "steps", "features"}}. Shapes are then checked statically ({@link ShapeCheck}).
 * Not thread-safe.
 */
final class ArchitectureReader {
    private static final Set<String> FIELDS = Set.of("type", "blocks", "output", "input");
    private static final Set<String> IMAGE_FIELDS = Set.of("type", "height", "width", "channels");
    private static final Set<String> SEQUENCE_FIELDS = Set.of("type", "steps", "features");
    private static final Set<String> BLOCK_FIELDS = Set.of("repeat", "layer", "optional");
    private static final Set<String> OUTPUT_FIELDS = Set.of("activation", "loss");

    private final Errors errors;
    private final DistReader dists;
    private final LayerReader layers;
    private final Task task;
    private final InputShape dataInput;

    /** A reader for a data set of {@code task}, which picks the output layer's defaults and allowed values. */
    ArchitectureReader(Errors errors, DistReader dists, Task task) {
        this(errors, dists, task, null);
    }

    /**
     * As above, for a data set whose examples have the shape {@code dataInput} (an images data set), which is
     * then the input when none is declared and must equal a declared one; null when the data set gives no shape.
     */
    ArchitectureReader(Errors errors, DistReader dists, Task task, InputShape dataInput) {
        this.errors = errors;
        this.dists = dists;
        this.layers = new LayerReader(errors, dists);
        this.task = task;
        this.dataInput = dataInput;
    }

    /** The architecture, or null after reporting problems. */
    ArchitectureSpace read(JsonNode node, String pointer) {
        int mark = errors.mark();
        Obj o = Obj.open(node, pointer, errors, FIELDS);
        if (o == null) {
            return null;
        }
        String type = o.string("type", "feedforward", Vocabulary.ARCHITECTURES);
        List<BlockSpace> blocks = new ArrayList<>();
        JsonNode b = o.get("blocks");
        if (b == null) {
            o.missing("blocks");
        } else if (!b.isArray()) {
            errors.add(o.pointer("blocks"), "blocks must be an array of blocks", b);
        } else {
            for (int i = 0; i < b.size(); i++) {
                BlockSpace block = block(b.get(i), o.pointer("blocks") + "/" + i);
                if (block != null) {
                    blocks.add(block);
                }
            }
        }
        OutputSpace output = o.has("output") ? output(o.get("output"), o.pointer("output"))
                : defaultOutput();
        InputShape input = o.has("input") ? input(o.get("input"), o.pointer("input"))
                : dataInput != null ? dataInput : InputShape.flat();
        if (o.has("input") && input != null && dataInput != null && !input.equals(dataInput)) {
            errors.add(o.pointer("input"), "the images data set gives " + dataInput.height() + "x"
                    + dataInput.width() + "x" + dataInput.channels() + " input (/dataset/height, width, channels);"
                    + " leave architecture.input out or make it the same", o.get("input"));
        }
        if (errors.mark() != mark) {
            return null;
        }
        ArchitectureSpace space = new ArchitectureSpace(type, blocks, output, input);
        new ShapeCheck(errors).check(space, pointer);
        return errors.mark() == mark ? space : null;
    }

    private BlockSpace block(JsonNode node, String pointer) {
        int mark = errors.mark();
        Obj o = Obj.open(node, pointer, errors, BLOCK_FIELDS);
        if (o == null) {
            return null;
        }
        Distribution repeat = o.has("repeat") ? dists.read(o.get("repeat"), o.pointer("repeat"), Rule.repeat(), Set.of())
                : new Constant(1);
        LayerSpace layer = null;
        if (!o.has("layer")) {
            o.missing("layer");
        } else {
            layer = layers.read(o.get("layer"), o.pointer("layer"));
        }
        double keep = 1.0;
        JsonNode optional = o.get("optional");
        if (optional != null) {
            if (optional.isBoolean()) {
                keep = optional.booleanValue() ? 0.5 : 1.0;
            } else if (optional.isNumber() && optional.doubleValue() > 0 && optional.doubleValue() < 1) {
                keep = optional.doubleValue();
            } else {
                errors.add(o.pointer("optional"), "optional must be true, false or a probability to keep the block"
                        + " in (0, 1)", optional);
            }
        }
        return errors.mark() == mark ? new BlockSpace(repeat, layer, keep) : null;
    }

    private InputShape input(JsonNode node, String pointer) {
        JsonNode t = node != null && node.isObject() ? node.get("type") : null;
        String kind = t != null && t.isTextual() ? t.textValue() : "";
        if (!Vocabulary.INPUT_KINDS.contains(kind)) {
            errors.add(Json.child(pointer, "type"), "input type must be one of features, image, sequence", t);
            return null;
        }
        if (kind.equals(InputShape.FEATURES)) {
            Obj.open(node, pointer, errors, Set.of("type"));
            return InputShape.flat();
        }
        boolean image = kind.equals(InputShape.IMAGE);
        Obj o = Obj.open(node, pointer, errors, image ? IMAGE_FIELDS : SEQUENCE_FIELDS);
        if (o == null) {
            return null;
        }
        if (image) {
            Integer h = o.integer("height", null, 1, 100_000);
            Integer w = o.integer("width", null, 1, 100_000);
            Integer c = o.integer("channels", 1, 1, 100_000);
            return h == null || w == null || c == null ? null : InputShape.image(h, w, c);
        }
        Integer steps = o.integer("steps", null, 1, 1_000_000);
        Integer features = o.integer("features", null, 1, 1_000_000);
        return steps == null || features == null ? null : InputShape.sequence(steps, features);
    }

    private OutputSpace defaultOutput() {
        return task == Task.REGRESSION ? new OutputSpace("identity", "mse") : new OutputSpace("softmax", "mcxent");
    }

    private OutputSpace output(JsonNode node, String pointer) {
        Obj o = Obj.open(node, pointer, errors, OUTPUT_FIELDS);
        if (o == null) {
            return null;
        }
        OutputSpace fallback = defaultOutput();
        String activation = o.string("activation", fallback.activation(), Vocabulary.OUTPUT_ACTIVATIONS);
        String loss = o.string("loss", fallback.loss(), Vocabulary.LOSSES);
        if (task == Task.REGRESSION && Vocabulary.CLASSIFICATION_OUTPUTS.contains(activation) && o.has("activation")) {
            errors.add(o.pointer("activation"), "activation '" + activation + "' needs a classification data set,"
                    + " but /dataset/task is regression (use identity or another hidden activation)",
                    o.get("activation"));
        }
        if (task == Task.REGRESSION && Vocabulary.CLASSIFICATION_LOSSES.contains(loss) && o.has("loss")) {
            errors.add(o.pointer("loss"), "loss '" + loss + "' needs a classification data set, but /dataset/task is"
                    + " regression (use mse or l1)", o.get("loss"));
        }
        return new OutputSpace(activation, loss);
    }
}
