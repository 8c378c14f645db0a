package io.automl.engine;

import java.util.List;
import java.util.Objects;

/**
 * How a study's sampler is shown: its type, followed for a sampler that delegates ({@link Sampler#delegate}) by
 * the choice recorded on its latest trial, as in {@code auto (gp)}. The runner stores that choice as the trial
 * attribute {@link #ATTRIBUTE}. Stateless.
 */
public final class SamplerLabels {
    /** The trial attribute holding the label of the sampler that proposed the trial, when it was delegated. */
    public static final String ATTRIBUTE = "sampler";

    private SamplerLabels() {
    }

    /**
     * {@code type}, or {@code type (choice)} with the choice recorded on the highest-numbered trial of
     * {@code trials} that has one.
     */
    public static String of(String type, List<TrialSnapshot> trials) {
        Objects.requireNonNull(type, "type");
        TrialSnapshot latest = null;
        for (TrialSnapshot t : trials) {
            if (t.attributes().get(ATTRIBUTE) instanceof String && (latest == null || t.number() > latest.number())) {
                latest = t;
            }
        }
        return latest == null ? type : type + " (" + latest.attributes().get(ATTRIBUTE) + ")";
    }
}
