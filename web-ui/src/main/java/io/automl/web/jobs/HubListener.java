package io.automl.web.jobs;

import io.automl.engine.StudyListener;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Direction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a running study's trial notifications into {@link EventHub} events, and raises {@code new-best}
 * when a COMPLETE trial beats every earlier one. Thread-safe (worker threads call it concurrently).
 */
final class HubListener implements StudyListener {
    private final EventHub hub;
    private final String study;
    private final Direction direction;
    private Double best;

    HubListener(EventHub hub, String study, Direction direction, Double best) {
        this.hub = Objects.requireNonNull(hub, "hub");
        this.study = Objects.requireNonNull(study, "study");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.best = best;
    }

    @Override
    public void trialStarted(TrialSnapshot trial) {
        hub.publish(study, "trial-started", payload(trial));
    }

    @Override
    public void trialFinished(TrialSnapshot trial) {
        String type = trial.state() == TrialState.PRUNED ? "trial-pruned"
                : trial.state() == TrialState.FAILED ? "trial-failed" : "trial-finished";
        hub.publish(study, type, payload(trial));
        if (trial.state() == TrialState.COMPLETE && trial.value() != null && improves(trial.value())) {
            hub.publish(study, "new-best", payload(trial));
        }
    }

    private synchronized boolean improves(double value) {
        boolean better = best == null || (direction == Direction.MAXIMIZE ? value > best : value < best);
        if (better) {
            best = value;
        }
        return better;
    }

    private static Map<String, Object> payload(TrialSnapshot t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("state", t.state().name());
        if (t.value() != null) {
            m.put("value", t.value());
        }
        if (t.reason() != null) {
            m.put("reason", t.reason());
        }
        return m;
    }
}
