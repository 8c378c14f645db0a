package io.automl.engine.pruner.asha;

import io.automl.engine.Pruner;
import io.automl.engine.StudyView;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.options.OptionReader;
import java.util.Map;
import java.util.Objects;

/**
 * Asynchronous successive halving (ASHA, Li et al. 2020), as Optuna's {@code SuccessiveHalvingPruner}:
 * rungs at steps {@code minResource * reductionFactor^(minEarlyStoppingRate + k)}; at a rung a trial
 * continues only when its value is in the top {@code 1/reductionFactor} of the values every trial of the
 * study reported at that step so far (at least the single best always continues). Decisions use what is
 * known now, so no trial ever waits for others.
 *
 * <p>Rung membership is not stored separately: a trial is in rung {@code k} when its stored learning curve
 * has a value at the rung's step (see {@link SuccessiveHalving}), which the store keeps for PRUNED trials
 * too. Trials must therefore report at the rung steps (reporting every epoch does). O(n) per decision.
 * Immutable and thread-safe.
 */
public final class AshaPruner implements Pruner {
    private final AshaOptions options;

    /** A pruner from a {@code PrunerSpec.options()} map (keys as in {@link AshaOptions}). */
    public AshaPruner(Map<String, Object> options) {
        this(OptionReader.read(AshaOptions.defaults(), options, "/pruner").orThrow("pruner 'asha'"));
    }

    /** A pruner with explicit options. */
    public AshaPruner(AshaOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public boolean shouldPrune(StudyView study, TrialSnapshot trial) {
        return SuccessiveHalving.shouldPrune(options, study.objective().direction(), trial, study.trials());
    }
}
