package io.automl.space.parse;

import io.automl.space.Augmentation;
import io.automl.space.Categorical;
import io.automl.space.Constant;
import io.automl.space.Distribution;
import io.automl.space.FloatRange;
import io.automl.space.IntRange;
import io.automl.space.Param;
import io.automl.space.arch.ArchitectureSpace;
import io.automl.space.arch.InputShape;
import java.util.List;

/**
 * Checks the augmentation parameters ({@link Augmentation#FLIP}, {@link Augmentation#SHIFT}) of {@code params}:
 * flips take booleans, shifts whole numbers in [0, {@value Augmentation#MAX_SHIFT}], and either needs a network
 * whose input is an image. Not thread-safe (one use).
 */
final class AugmentationRules {
    private final Errors errors;

    AugmentationRules(Errors errors) {
        this.errors = errors;
    }

    /** {@code params} or {@code architecture} null (after earlier errors) checks what is there. */
    void check(List<Param> params, ArchitectureSpace architecture) {
        if (params == null) {
            return;
        }
        for (Param p : params) {
            boolean flip = p.name().equals(Augmentation.FLIP);
            if (!flip && !p.name().equals(Augmentation.SHIFT)) {
                continue;
            }
            String at = "/params/" + Json.escape(p.name());
            if (architecture != null && !architecture.input().kind().equals(InputShape.IMAGE)) {
                errors.add(at, p.name() + " augments images; use an images data set or declare architecture.input as"
                        + " an image", null);
            }
            if (flip && !values(p.distribution()).stream().allMatch(v -> v instanceof Boolean)) {
                errors.add(at, p.name() + " takes true, false or a categorical of them", null);
            }
            if (!flip && !shifts(p.distribution())) {
                errors.add(at, p.name() + " takes whole numbers of pixels in [0, " + Augmentation.MAX_SHIFT
                        + "]: an int range, an int or a categorical of ints", null);
            }
        }
    }

    private static boolean shifts(Distribution d) {
        if (d instanceof IntRange r) {
            return r.low() >= 0 && r.high() <= Augmentation.MAX_SHIFT;
        }
        if (d instanceof FloatRange) {
            return false;
        }
        return values(d).stream().allMatch(v -> v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && n.doubleValue() >= 0 && n.doubleValue() <= Augmentation.MAX_SHIFT);
    }

    private static List<Object> values(Distribution d) {
        if (d instanceof Constant c) {
            return List.of(c.value());
        }
        if (d instanceof Categorical c) {
            return c.values();
        }
        return List.of(d);
    }
}
