package io.automl.eval.bundle;

import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Exports a trial's trained model as a bundle (a DL4J {@code ModelSerializer} zip with the bundle
 * manifest: configuration, metrics, provenance, label and feature names): picks the trial (the study's
 * best when no number is given) and writes the bundle with the evaluators' {@link ModelBundle}. Shared by
 * the command line and the web API. Thread-safe.
 */
public final class TrialExport {
    private final TrialStore store;
    private final ModelBundle bundles;

    public TrialExport(TrialStore store, ModelBundle bundles) {
        this.store = Objects.requireNonNull(store, "store");
        this.bundles = Objects.requireNonNull(bundles, "bundles");
    }

    /**
     * The trial to export: number {@code number}, or the best COMPLETE trial when null. Empty when there is
     * no such trial.
     */
    public Optional<TrialSnapshot> choose(StudyRecord study, Integer number) {
        if (number != null) {
            return store.trial(study.id(), number);
        }
        return store.leaderboard(study.id(), study.direction(), 1).stream().findFirst();
    }

    /**
     * Writes {@code trial}'s bundle to {@code out}. Throws {@link IllegalStateException} naming the trial
     * when it is not COMPLETE or stored no model (its evaluator keeps none).
     */
    public BundleManifest export(StudyRecord study, TrialSnapshot trial, Path out) throws IOException {
        if (trial.state() != TrialState.COMPLETE) {
            throw new IllegalStateException("trial " + trial.number() + " of study '" + study.name() + "' is "
                    + trial.state() + "; only COMPLETE trials have a model to export");
        }
        byte[] model = store.artifact(trial.id(), "model").orElseThrow(() -> new IllegalStateException(
                "trial " + trial.number() + " of study '" + study.name() + "' (" + trial.state()
                        + ") has no stored model to export"));
        return bundles.export(out, BundleContents.of(study.name(), trial, Map.of(), model));
    }
}
