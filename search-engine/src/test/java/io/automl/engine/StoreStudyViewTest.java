package io.automl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.automl.engine.memory.InMemoryTrialStore;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.Objective;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The incremental view sees new trials and every change of live ones. */
class StoreStudyViewTest {

    @Test
    void followsTrialsFinishingOutOfOrder() {
        try (TrialStore store = new InMemoryTrialStore()) {
            StudyRecord s = store.createStudy("view", "x", "/", Direction.MAXIMIZE);
            StoreStudyView view = new StoreStudyView(store, s.id(), new Objective("acc", Direction.MAXIMIZE));
            assertEquals(List.of(), view.trials());
            Duration lease = Duration.ofMinutes(1);
            long a = store.startTrial(s.id(), 10, cfg(0), 0, "w", lease).orElseThrow().id();
            long b = store.startTrial(s.id(), 10, cfg(1), 1, "w", lease).orElseThrow().id();
            assertEquals(List.of(TrialState.RUNNING, TrialState.RUNNING), states(view));
            store.finish(b, "w", new Outcome.Complete(0.5, Map.of()));
            store.reportIntermediate(a, "w", 1, 0.25);
            store.enqueue(s.id(), cfg(2), 2);
            assertEquals(List.of(TrialState.RUNNING, TrialState.COMPLETE, TrialState.WAITING), states(view));
            assertEquals(Map.of(1, 0.25), view.trials().get(0).intermediate());
            store.finish(a, "w", new Outcome.Failed("x", Map.of()));
            assertEquals(List.of(TrialState.FAILED, TrialState.COMPLETE, TrialState.WAITING), states(view));
            assertEquals(store.trials(s.id()), view.trials());
            assertEquals(Direction.MAXIMIZE, view.objective().direction());
        }
    }

    private static List<TrialState> states(StudyView view) {
        return view.trials().stream().map(TrialSnapshot::state).toList();
    }

    private static Config cfg(double x) {
        return new Config(Map.of("x", x));
    }
}
