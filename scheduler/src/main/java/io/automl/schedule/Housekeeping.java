package io.automl.schedule;

import io.automl.engine.RunOptions;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialStore;
import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The store's periodic maintenance: expiring the leases of trials whose worker stopped renewing them, and
 * deleting the {@code model} artifacts of every trial outside the top {@code keepModels} of its study.
 * Stateless; thread-safe when the store is.
 */
final class Housekeeping {
    static final String MODEL = "model";

    private final TrialStore store;
    private final Clock clock;
    private final int keepModels;

    Housekeeping(TrialStore store, Clock clock, int keepModels) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (keepModels < 1) {
            throw new IllegalArgumentException("keepModels must be >= 1: " + keepModels);
        }
        this.keepModels = keepModels;
    }

    /** Releases the expired leases of every RUNNING study; returns how many trials were released. */
    int expireLeases() {
        int released = 0;
        for (StudyRecord s : store.studies()) {
            if (s.state() == StudyState.RUNNING) {
                released += store.releaseRunning(s.id(), clock.instant(), RunOptions.DEFAULT_MAX_ATTEMPTS,
                        "lease expired: its worker stopped renewing it");
            }
        }
        return released;
    }

    /** Deletes the models of trials outside each study's top {@code keepModels}; returns how many were deleted. */
    int cleanArtifacts() {
        int deleted = 0;
        for (StudyRecord s : store.studies()) {
            Set<Long> keep = new HashSet<>();
            for (TrialSnapshot t : store.leaderboard(s.id(), s.direction(), keepModels)) {
                keep.add(t.id());
            }
            for (TrialSnapshot t : store.trials(s.id())) {
                if (t.state().isFinished() && !keep.contains(t.id()) && store.deleteArtifact(t.id(), MODEL)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }
}
