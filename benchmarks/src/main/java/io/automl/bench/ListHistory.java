package io.automl.bench;

import io.automl.engine.StudyView;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.Objective;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An in-memory study history of COMPLETE trials, minimized. Not thread-safe. */
final class ListHistory implements StudyView {
    private final Objective objective = new Objective("f", Direction.MINIMIZE);
    private final List<TrialSnapshot> trials = new ArrayList<>();
    private final List<TrialSnapshot> view = Collections.unmodifiableList(trials);

    @Override
    public Objective objective() {
        return objective;
    }

    @Override
    public List<TrialSnapshot> trials() {
        return view;
    }

    void complete(Config config, long seed, double value) {
        int n = trials.size();
        Instant t = Instant.ofEpochSecond(n);
        trials.add(new TrialSnapshot(n + 1L, 1, n, TrialState.COMPLETE, config, seed, value, new TreeMap<>(),
                Map.of(), null, "bench", 0, t, t, t));
    }

    @Override
    public int size() {
        return trials.size();
    }
}
