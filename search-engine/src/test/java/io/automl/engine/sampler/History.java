package io.automl.engine.sampler;

import io.automl.engine.StudyView;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.Objective;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A study history held in a list, for sampler and pruner tests: a {@link StudyView} over snapshots that
 * tests append. Not thread-safe.
 */
public final class History implements StudyView {
    private final Objective objective;
    private final List<TrialSnapshot> trials = new ArrayList<>();

    public History(Direction direction) {
        this.objective = new Objective("score", direction);
    }

    @Override
    public Objective objective() {
        return objective;
    }

    @Override
    public List<TrialSnapshot> trials() {
        return List.copyOf(trials);
    }

    /** Appends a trial with the next number; returns it. */
    public TrialSnapshot add(TrialState state, Config config, long seed, Double value, SortedMap<Integer, Double> curve) {
        int n = trials.size();
        Instant t = Instant.ofEpochSecond(1_000_000L + n);
        TrialSnapshot s = new TrialSnapshot(n + 1L, 1, n, state, config, seed, value, curve, Map.of(), null, "w",
                0, t, t, state.isFinished() ? t.plusSeconds(1) : null);
        trials.add(s);
        return s;
    }

    /** Appends a COMPLETE trial with every objective's {@code values} and {@code attributes}; returns it. */
    public TrialSnapshot complete(Config config, List<Double> values, Map<String, Object> attributes) {
        int n = trials.size();
        Instant t = Instant.ofEpochSecond(1_000_000L + n);
        TrialSnapshot s = new TrialSnapshot(n + 1L, 1, n, TrialState.COMPLETE, config, n, values.get(0),
                new TreeMap<>(), attributes, null, "w", 0, t, t, t.plusSeconds(1), values);
        trials.add(s);
        return s;
    }

    /** Appends a COMPLETE trial with {@code value} and no learning curve. */
    public TrialSnapshot complete(Config config, double value) {
        return add(TrialState.COMPLETE, config, trials.size(), value, new TreeMap<>());
    }

    /** The learning curve with {@code values[i]} at step {@code i + 1}. */
    public static SortedMap<Integer, Double> curve(double... values) {
        SortedMap<Integer, Double> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(i + 1, values[i]);
        }
        return m;
    }
}
