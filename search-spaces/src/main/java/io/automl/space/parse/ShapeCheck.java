package io.automl.space.parse;

import io.automl.space.Categorical;
import io.automl.space.Constant;
import io.automl.space.Distribution;
import io.automl.space.IntRange;
import io.automl.space.arch.ArchitectureSpace;
import io.automl.space.arch.BlockSpace;
import io.automl.space.arch.InputShape;
import io.automl.space.arch.LayerSpace;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Static shape checks of an architecture over its declared input: which layers accept which kind of input (flat
 * features, images, sequences) along every path the blocks allow, kernels larger than every possible input, and
 * pooling that empties the image at the largest repeat. Reports problems with pointers to the offending layer field.
 * Not thread-safe (one use).
 */
final class ShapeCheck {
    private enum Kind { FEATURES, IMAGE, SEQUENCE }

    private final Errors errors;
    private EnumSet<Kind> kinds;
    /** Smallest and largest possible image height and width. */
    private long loH;
    private long hiH;
    private long loW;
    private long hiW;

    ShapeCheck(Errors errors) {
        this.errors = errors;
    }

    void check(ArchitectureSpace a, String pointer) {
        InputShape in = a.input();
        kinds = EnumSet.of(Kind.valueOf(in.kind().toUpperCase(Locale.ROOT)));
        loH = in.height();
        hiH = in.height();
        loW = in.width();
        hiW = in.width();
        for (int b = 0; b < a.blocks().size(); b++) {
            BlockSpace block = a.blocks().get(b);
            String p = pointer + "/blocks/" + b + "/layer";
            int minRepeat = block.optional() ? 0 : bound(block.repeat(), true);
            int maxRepeat = bound(block.repeat(), false);
            if (maxRepeat == 0) {
                continue;
            }
            EnumSet<Kind> before = kinds.clone();
            if (!layer(block.layer(), p, minRepeat, maxRepeat)) {
                return;
            }
            if (minRepeat == 0) {
                kinds.addAll(before);
            }
        }
        if (kinds.contains(Kind.SEQUENCE)) {
            errors.add(pointer + "/output", "the output layer needs flat or image input, but the last layer may "
                    + "emit a sequence; end with an lstm with returnSequences false or a globalpool", null);
        }
    }

    /** Applies one block's layer; false after reporting a problem (later checks would only repeat it). */
    private boolean layer(LayerSpace layer, String p, int minRepeat, int maxRepeat) {
        String type = layer.type();
        if (type.equals("conv2d") || type.equals("pool2d")) {
            if (!require(Set.of(Kind.IMAGE), type, p, "declare architecture.input as an image")) {
                return false;
            }
            return type.equals("conv2d") ? conv((LayerSpace.Conv2d) layer, p, minRepeat, maxRepeat)
                    : pool((LayerSpace.Pool2d) layer, p, maxRepeat);
        }
        if (type.equals("lstm")) {
            if (!require(Set.of(Kind.SEQUENCE), type, p, "declare architecture.input as a sequence "
                    + "(images cannot feed an lstm without one)")) {
                return false;
            }
            List<Object> returns = values(((LayerSpace.Lstm) layer).returnSequences());
            kinds = EnumSet.noneOf(Kind.class);
            if (returns.contains(Boolean.TRUE)) {
                kinds.add(Kind.SEQUENCE);
            }
            if (returns.contains(Boolean.FALSE)) {
                kinds.add(Kind.FEATURES);
            }
            return true;
        }
        if (type.equals("globalpool")) {
            if (!require(Set.of(Kind.IMAGE, Kind.SEQUENCE), type, p, "globalpool needs images or sequences")) {
                return false;
            }
            kinds = EnumSet.of(Kind.FEATURES);
            return true;
        }
        if (type.equals("dense")) {
            if (!require(Set.of(Kind.FEATURES, Kind.IMAGE), type, p,
                    "put an lstm with returnSequences false or a globalpool before it")) {
                return false;
            }
            kinds = EnumSet.of(Kind.FEATURES);
        }
        return true;
    }

    private boolean require(Set<Kind> accepted, String type, String p, String hint) {
        for (Kind k : kinds) {
            if (!accepted.contains(k)) {
                errors.add(p + "/type", type + " cannot take " + k.name().toLowerCase(Locale.ROOT)
                        + " input here; " + hint, null);
                return false;
            }
        }
        return true;
    }

    private boolean conv(LayerSpace.Conv2d c, String p, int minRepeat, int maxRepeat) {
        int kMin = bound(c.kernel(), true);
        int kMax = bound(c.kernel(), false);
        int sMin = bound(c.stride(), true);
        int sMax = bound(c.stride(), false);
        List<Object> pads = values(c.padding());
        boolean validOnly = !pads.contains("same");
        if (validOnly && (kMin > hiH || kMin > hiW)) {
            errors.add(p + "/kernel", "kernel " + kMin + " is larger than every possible input (at most " + hiH
                    + "x" + hiW + ") with valid padding", null);
            return false;
        }
        for (int r = 0; r < maxRepeat; r++) {
            long lh = pads.contains("valid") ? (loH - kMax) / sMax + 1 : ceil(loH, sMax);
            long lw = pads.contains("valid") ? (loW - kMax) / sMax + 1 : ceil(loW, sMax);
            loH = Math.max(1, loH >= kMax || !pads.contains("valid") ? lh : 1);
            loW = Math.max(1, loW >= kMax || !pads.contains("valid") ? lw : 1);
        }
        for (int r = 0; r < minRepeat; r++) {
            hiH = validOnly ? Math.max(1, (hiH - kMin) / sMin + 1) : ceil(hiH, sMin);
            hiW = validOnly ? Math.max(1, (hiW - kMin) / sMin + 1) : ceil(hiW, sMin);
        }
        return true;
    }

    private boolean pool(LayerSpace.Pool2d pl, String p, int maxRepeat) {
        int zMin = bound(pl.size(), true);
        int zMax = bound(pl.size(), false);
        int sMax = bound(pl.stride(), false);
        if (zMin > hiH || zMin > hiW) {
            errors.add(p + "/size", "pool size " + zMin + " is larger than every possible input (at most " + hiH
                    + "x" + hiW + ")", null);
            return false;
        }
        for (int r = 0; r < maxRepeat; r++) {
            if (loH < zMax || loW < zMax) {
                errors.add(p + "/size", "pooling empties the image at repeat " + maxRepeat + ": repetition "
                        + (r + 1) + " gets " + loH + "x" + loW + ", smaller than the window " + zMax, null);
                return false;
            }
            loH = (loH - zMax) / sMax + 1;
            loW = (loW - zMax) / sMax + 1;
        }
        int sMin = bound(pl.stride(), true);
        hiH = Math.max(1, (hiH - zMin) / sMin + 1);
        hiW = Math.max(1, (hiW - zMin) / sMin + 1);
        return true;
    }

    private static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }

    /** The smallest or largest integer a field can take. */
    static int bound(Distribution d, boolean low) {
        if (d instanceof IntRange r) {
            return low ? r.low() : r.high();
        }
        int best = low ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        for (Object v : values(d)) {
            int n = ((Number) v).intValue();
            best = low ? Math.min(best, n) : Math.max(best, n);
        }
        return best;
    }

    /** The values a constant or categorical field can take. */
    static List<Object> values(Distribution d) {
        if (d instanceof Constant c) {
            return List.of(c.value());
        }
        if (d instanceof Categorical c) {
            return c.values();
        }
        throw new IllegalArgumentException("not a discrete field: " + d);
    }
}
