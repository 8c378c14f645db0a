package io.automl.engine.pruner.asha;

import io.automl.engine.Pruner;
import io.automl.engine.StudyView;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.options.OptionReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hyperband with asynchronous brackets, as Optuna's {@code HyperbandPruner}: {@code B = floor(log_rf(
 * maxResource / minResource)) + 1} brackets, bracket {@code b} being ASHA with
 * {@code minEarlyStoppingRate = b} (bracket 0 prunes earliest). Each trial belongs to one bracket and is
 * compared only with trials of the same bracket.
 *
 * <p>Bracket assignment is a pure function of the trial's stored seed and number (a SplitMix64 hash,
 * weighted by each bracket's Hyperband budget {@code ceil(B * rf^s / (s + 1))}, {@code s = B - 1 - b}), so
 * it is stored implicitly with the trial and every worker computes the same bracket. O(n) per decision.
 * Immutable and thread-safe.
 */
public final class HyperbandPruner implements Pruner {
    private final AshaOptions base;
    private final long[] cumulativeBudget;

    /**
     * A pruner from a {@code PrunerSpec.options()} map (keys as in {@link HyperbandOptions}) for trials of
     * at most {@code maxResource} steps: the option when given, else {@code defaultMaxResource} (pass the
     * budget's epochs).
     */
    public HyperbandPruner(Map<String, Object> options, int defaultMaxResource) {
        this(OptionReader.read(HyperbandOptions.defaults(), options, "/pruner").orThrow("pruner 'hyperband'"),
                defaultMaxResource);
    }

    /**
     * A pruner with {@code options} for trials of at most {@code options.maxResource()} steps, or
     * {@code defaultMaxResource} when that is 0 (pass the budget's epochs).
     */
    public HyperbandPruner(HyperbandOptions options, int defaultMaxResource) {
        Objects.requireNonNull(options, "options");
        AshaOptions o = new AshaOptions(options.minResource(), options.reductionFactor(), 0);
        int maxResource = options.maxResource() > 0 ? options.maxResource() : defaultMaxResource;
        if (maxResource < o.minResource()) {
            throw new IllegalArgumentException("maxResource must be >= minResource (" + o.minResource()
                    + "): " + maxResource + " (give the option maxResource or an epoch budget)");
        }
        this.base = o;
        int brackets = (int) Math.floor(Math.log((double) maxResource / o.minResource())
                / Math.log(o.reductionFactor()) + 1e-9) + 1;
        cumulativeBudget = new long[brackets];
        long acc = 0;
        for (int b = 0; b < brackets; b++) {
            int s = brackets - 1 - b;
            acc += (long) Math.ceil(brackets * Math.pow(o.reductionFactor(), s) / (s + 1));
            cumulativeBudget[b] = acc;
        }
    }

    /** The bracket of {@code trial}, from its seed and number. */
    public int bracketOf(TrialSnapshot trial) {
        long h = mix(trial.seed() ^ mix(trial.number() + 0x9E3779B97F4A7C15L));
        long total = cumulativeBudget[cumulativeBudget.length - 1];
        long r = Long.remainderUnsigned(h, total);
        int b = 0;
        while (cumulativeBudget[b] <= r) {
            b++;
        }
        return b;
    }

    @Override
    public boolean shouldPrune(StudyView study, TrialSnapshot trial) {
        int bracket = bracketOf(trial);
        List<TrialSnapshot> peers = new ArrayList<>();
        for (TrialSnapshot t : study.trials()) {
            if (bracketOf(t) == bracket) {
                peers.add(t);
            }
        }
        AshaOptions options = new AshaOptions(base.minResource(), base.reductionFactor(), bracket);
        return SuccessiveHalving.shouldPrune(options, study.objective().direction(), trial, peers);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
