package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.automl.space.Constant;
import io.automl.space.Distribution;
import io.automl.space.arch.ArchitectureSpace;
import io.automl.space.arch.BlockSpace;
import io.automl.space.arch.DenseSpace;
import io.automl.space.arch.OutputSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code architecture}: {@code {"type": "feedforward", "blocks": [...], "output": {...}}}. A block is
 * {@code {"repeat": int-range-or-constant (default 1), "layer": {"type": "dense", "units", "activation"
 * (default relu), "dropout" (default 0)}}}; {@code output} defaults to softmax with mcxent. Not thread-safe.
 */
final class ArchitectureReader {
    private static final Set<String> FIELDS = Set.of("type", "blocks", "output");
    private static final Set<String> BLOCK_FIELDS = Set.of("repeat", "layer");
    private static final Set<String> DENSE_FIELDS = Set.of("type", "units", "activation", "dropout");
    private static final Set<String> OUTPUT_FIELDS = Set.of("activation", "loss");

    private final Errors errors;
    private final DistReader dists;

    ArchitectureReader(Errors errors, DistReader dists) {
        this.errors = errors;
        this.dists = dists;
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
                : new OutputSpace("softmax", "mcxent");
        return errors.mark() == mark ? new ArchitectureSpace(type, blocks, output) : null;
    }

    private BlockSpace block(JsonNode node, String pointer) {
        int mark = errors.mark();
        Obj o = Obj.open(node, pointer, errors, BLOCK_FIELDS);
        if (o == null) {
            return null;
        }
        Distribution repeat = o.has("repeat") ? dists.read(o.get("repeat"), o.pointer("repeat"), Rule.repeat(), Set.of())
                : new Constant(1);
        DenseSpace layer = null;
        if (!o.has("layer")) {
            o.missing("layer");
        } else {
            layer = layer(o.get("layer"), o.pointer("layer"));
        }
        return errors.mark() == mark ? new BlockSpace(repeat, layer) : null;
    }

    private DenseSpace layer(JsonNode node, String pointer) {
        int mark = errors.mark();
        JsonNode t = node != null && node.isObject() ? node.get("type") : null;
        if (t != null && !(t.isTextual() && Vocabulary.LAYERS.contains(t.textValue()))) {
            errors.add(Json.child(pointer, "type"), "unknown layer type; expected one of "
                    + String.join(", ", Vocabulary.LAYERS.stream().sorted().toList()), t);
            return null;
        }
        Obj o = Obj.open(node, pointer, errors, DENSE_FIELDS);
        if (o == null) {
            return null;
        }
        if (!o.has("type")) {
            o.missing("type");
        }
        Distribution units = null;
        if (!o.has("units")) {
            o.missing("units");
        } else {
            units = dists.read(o.get("units"), o.pointer("units"), Rule.units(), Set.of());
        }
        Distribution activation = o.has("activation")
                ? dists.read(o.get("activation"), o.pointer("activation"), Rule.activation(), Set.of())
                : new Constant("relu");
        Distribution dropout = o.has("dropout")
                ? dists.read(o.get("dropout"), o.pointer("dropout"), Rule.dropout(), Set.of())
                : new Constant(0.0);
        return errors.mark() == mark ? new DenseSpace(units, activation, dropout) : null;
    }

    private OutputSpace output(JsonNode node, String pointer) {
        Obj o = Obj.open(node, pointer, errors, OUTPUT_FIELDS);
        if (o == null) {
            return null;
        }
        String activation = o.string("activation", "softmax", Vocabulary.OUTPUT_ACTIVATIONS);
        String loss = o.string("loss", "mcxent", Vocabulary.LOSSES);
        return new OutputSpace(activation, loss);
    }
}
