package io.automl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.memory.InMemoryTrialStore;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.Objective;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The incremental view sees new trials and every change of live ones, reading only what changed. */
class StoreStudyViewTest {
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Objective ACC = new Objective("acc", Direction.MAXIMIZE);

    @Test
    void followsTrialsFinishingOutOfOrder() {
        try (TrialStore store = new InMemoryTrialStore()) {
            StudyRecord s = store.createStudy("view", "x", "/", Direction.MAXIMIZE);
            StoreStudyView view = new StoreStudyView(store, s.id(), ACC);
            assertEquals(List.of(), view.trials());
            long a = store.startTrial(s.id(), 10, cfg(0), 0, "w", LEASE).orElseThrow().id();
            long b = store.startTrial(s.id(), 10, cfg(1), 1, "w", LEASE).orElseThrow().id();
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

    @Test
    void listsHandedOutEarlierStayAsTheyWereWhileTheStudyMovesOn() {
        try (TrialStore store = new InMemoryTrialStore()) {
            StudyRecord s = store.createStudy("frozen", "x", "/", Direction.MAXIMIZE);
            StoreStudyView view = new StoreStudyView(store, s.id(), ACC);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                ids.add(store.startTrial(s.id(), 10_000, cfg(i), i, "w", LEASE).orElseThrow().id());
            }
            List<TrialSnapshot> before = view.trials();
            List<TrialSnapshot> copy = List.copyOf(before);
            for (int i = 0; i < 2_500; i += 7) {
                store.finish(ids.get(i), "w", new Outcome.Complete(i, Map.of()));
            }
            store.startTrial(s.id(), 10_000, cfg(-1), 0, "w", LEASE);
            List<TrialSnapshot> after = view.trials();
            assertEquals(copy, before, "an earlier list is not changed by later reads");
            assertEquals(store.trials(s.id()), after);
            assertEquals(2_501, view.size());
            assertThrows(UnsupportedOperationException.class, () -> after.set(0, after.get(1)));
            assertThrows(UnsupportedOperationException.class, () -> after.add(after.get(0)));
        }
    }

    @Test
    void aFrozenViewCountsBudgetedAndWaitingTrials() {
        try (TrialStore store = new InMemoryTrialStore()) {
            StudyRecord s = store.createStudy("counts", "x", "/", Direction.MAXIMIZE);
            StoreStudyView view = new StoreStudyView(store, s.id(), ACC);
            long a = store.startTrial(s.id(), 10, cfg(0), 0, "w", LEASE).orElseThrow().id();
            long w = store.enqueue(s.id(), cfg(1), 1).id();
            store.enqueue(s.id(), cfg(2), 2);
            store.finish(w, "w", new Outcome.Cancelled("no longer needed"));
            StoreStudyView.Frozen frozen = view.freeze();
            assertEquals(3, frozen.size());
            assertEquals(2, frozen.budgeted());
            assertEquals(1, frozen.waiting());
            store.finish(a, "w", new Outcome.Complete(1.0, Map.of()));
            assertEquals(TrialState.RUNNING, frozen.trials().get(0).state(), "a frozen view does not read again");
            assertEquals(TrialState.COMPLETE, view.freeze().trials().get(0).state());
        }
    }

    @Test
    void eachReadFetchesOnlyNewAndLiveTrialsEvenWhenOneTrialRunsForLong() {
        try (CountingStore store = new CountingStore(new InMemoryTrialStore())) {
            StudyRecord s = store.createStudy("slow", "x", "/", Direction.MAXIMIZE);
            StoreStudyView view = new StoreStudyView(store, s.id(), ACC);
            TrialSnapshot slow = store.startTrial(s.id(), 10_000, cfg(-1), 0, "slow", LEASE).orElseThrow();
            long maxRows = 0;
            for (int i = 0; i < 1_500; i++) {
                TrialSnapshot t = store.startTrial(s.id(), 10_000, cfg(i), i, "w", LEASE).orElseThrow();
                store.finish(t.id(), "w", new Outcome.Complete(i, Map.of()));
                store.reset();
                assertEquals(i + 2, view.size());
                maxRows = Math.max(maxRows, store.rows("trialsSince") + store.rows("trial") + store.rows("trials"));
            }
            assertTrue(maxRows <= 300, "rows read by one refresh: " + maxRows);
            store.reportIntermediate(slow.id(), "slow", 3, 0.5);
            assertEquals(Map.of(3, 0.5), view.trials().get(0).intermediate());
            store.finish(slow.id(), "slow", new Outcome.Complete(2.0, Map.of()));
            store.reset();
            assertEquals(store.trials(s.id()), view.trials());
            TrialSnapshot next = store.startTrial(s.id(), 10_000, cfg(0), 0, "w", LEASE).orElseThrow();
            store.reset();
            assertEquals(TrialState.RUNNING, view.trials().get(next.number()).state());
            assertEquals(1, store.rows("trialsSince"), "once nothing is live, only the new trial is read");
        }
    }

    @Test
    void manyWaitingTrialsAreReadAsOneRangeNotOneByOne() {
        try (CountingStore store = new CountingStore(new InMemoryTrialStore())) {
            StudyRecord s = store.createStudy("queue", "x", "/", Direction.MAXIMIZE);
            StoreStudyView view = new StoreStudyView(store, s.id(), ACC);
            for (int i = 0; i < 600; i++) {
                store.enqueue(s.id(), cfg(i), i);
            }
            for (int i = 0; i < 400; i++) {
                TrialSnapshot t = store.startTrial(s.id(), 10_000, cfg(-i), i, "w", LEASE).orElseThrow();
                store.finish(t.id(), "w", new Outcome.Complete(i, Map.of()));
            }
            TrialSnapshot claimed = store.claimWaiting(s.id(), "w", LEASE).orElseThrow();
            assertEquals(1_000, view.size());
            store.reset();
            store.finish(claimed.id(), "w", new Outcome.Complete(1.0, Map.of()));
            assertEquals(599, view.freeze().waiting());
            assertEquals(0, store.calls("trial"), "600 live trials are not read one query each");
            assertEquals(1, store.calls("trialsSince"));
            assertEquals(store.trials(s.id()), view.trials());
        }
    }

    private static List<TrialState> states(StudyView view) {
        return view.trials().stream().map(TrialSnapshot::state).toList();
    }

    private static Config cfg(double x) {
        return new Config(Map.of("x", x));
    }
}
