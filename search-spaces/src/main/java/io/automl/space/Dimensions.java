package io.automl.space;

import io.automl.space.arch.ArchitectureSpace;
import io.automl.space.arch.BlockSpace;
import io.automl.space.arch.LayerPlan;
import io.automl.space.arch.NetworkPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/** Flattening of parameters and architecture into dimensions, grid enumeration and network planning. */
final class Dimensions {
    /** Grids are enumerated up to this many configurations; larger ones count as infinite. */
    static final long GRID_LIMIT = 1_000_000;

    private Dimensions() {
    }

    static String repeatKey(int block) {
        return "arch.b" + block + ".repeat";
    }

    static String fieldKey(int block, int layer, String field) {
        return "arch.b" + block + ".l" + layer + "." + field;
    }

    static List<Dimension> flatten(List<Param> params, Optional<ArchitectureSpace> architecture) {
        List<Dimension> out = new ArrayList<>();
        for (Param p : params) {
            out.add(new Dimension(p.name(), p.distribution(), p.when(), "/params/" + escape(p.name())));
        }
        architecture.ifPresent(a -> {
            for (int b = 0; b < a.blocks().size(); b++) {
                BlockSpace block = a.blocks().get(b);
                String pointer = "/architecture/blocks/" + b;
                Condition present = Condition.ALWAYS;
                if (block.optional()) {
                    out.add(new Dimension(onKey(b), keepChoice(block.keep()), Condition.ALWAYS, pointer + "/optional"));
                    present = new Condition.OneOf(onKey(b), List.of(true));
                }
                out.add(new Dimension(repeatKey(b), block.repeat(), present, pointer + "/repeat"));
                int min = minRepeat(block);
                int max = maxRepeat(block);
                for (int l = 0; l < max; l++) {
                    Condition when = l < min ? present : new Condition.AtLeast(repeatKey(b), l + 1);
                    if (l >= min && block.optional()) {
                        when = new Condition.All(List.of(present, when));
                    }
                    for (Map.Entry<String, Distribution> f : block.layer().fields().entrySet()) {
                        out.add(new Dimension(fieldKey(b, l, f.getKey()), f.getValue(), when,
                                pointer + "/layer/" + f.getKey()));
                    }
                }
            }
        });
        return List.copyOf(out);
    }

    static String onKey(int block) {
        return "arch.b" + block + ".on";
    }

    /**
     * The presence choice of an optional block: {@code true} with probability {@code keep} (rounded to twentieths)
     * under uniform sampling, as a categorical of equal booleans with {@code true} first.
     */
    static Categorical keepChoice(double keep) {
        int n = 20;
        int k = (int) Math.max(1, Math.min(n - 1, Math.round(keep * n)));
        int g = gcd(k, n);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < n / g; i++) {
            values.add(i < k / g);
        }
        return new Categorical(values);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static int minRepeat(BlockSpace block) {
        return repeatBound(block, true);
    }

    static int maxRepeat(BlockSpace block) {
        return repeatBound(block, false);
    }

    private static int repeatBound(BlockSpace block, boolean low) {
        if (block.repeat() instanceof IntRange r) {
            return low ? r.low() : r.high();
        }
        if (block.repeat() instanceof Constant c && c.value() instanceof Number n) {
            return n.intValue();
        }
        throw new IllegalArgumentException("repeat must be an int range or an int constant");
    }

    static NetworkPlan plan(ArchitectureSpace a, Config config) {
        List<LayerPlan> layers = new ArrayList<>();
        for (int b = 0; b < a.blocks().size(); b++) {
            BlockSpace block = a.blocks().get(b);
            if (block.optional() && !Boolean.TRUE.equals(config.get(onKey(b)))) {
                continue;
            }
            int repeat = config.getInt(repeatKey(b));
            for (int l = 0; l < repeat; l++) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (String field : block.layer().fields().keySet()) {
                    values.put(field, config.get(fieldKey(b, l, field)));
                }
                layers.add(block.layer().resolve(values));
            }
        }
        return new NetworkPlan(layers, a.output(), a.input());
    }

    static OptionalLong gridSize(List<Dimension> dims) {
        long[] count = {0};
        boolean finite = enumerate(dims, GRID_LIMIT, c -> count[0]++);
        return finite ? OptionalLong.of(count[0]) : OptionalLong.empty();
    }

    /**
     * Calls {@code sink} with every configuration of a fully discrete space in lexicographic order of
     * choice indices. Returns false (having stopped) when an active dimension is continuous or more
     * than {@code limit} configurations exist.
     */
    static boolean enumerate(List<Dimension> dims, long limit, Consumer<Config> sink) {
        long[] emitted = {0};
        return walk(dims, 0, new LinkedHashMap<>(), limit, emitted, sink);
    }

    private static boolean walk(List<Dimension> dims, int i, LinkedHashMap<String, Object> values, long limit,
            long[] emitted, Consumer<Config> sink) {
        if (i == dims.size()) {
            if (++emitted[0] > limit) {
                return false;
            }
            sink.accept(new Config(values));
            return true;
        }
        Dimension d = dims.get(i);
        if (!d.condition().test(values)) {
            return walk(dims, i + 1, values, limit, emitted, sink);
        }
        OptionalLong n = d.distribution().cardinality();
        if (n.isEmpty()) {
            return false;
        }
        for (long k = 0; k < n.getAsLong(); k++) {
            values.put(d.key(), d.distribution().valueAt(k));
            boolean ok = walk(dims, i + 1, values, limit, emitted, sink);
            values.remove(d.key());
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
