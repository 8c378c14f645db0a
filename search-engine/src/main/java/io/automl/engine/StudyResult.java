package io.automl.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@link StudyRunner#run} achieved: the study as stored afterwards, its trial counts, its best
 * COMPLETE trial (with test scores in its attributes when the study completed), the wall time of this run,
 * and whether the study's budget (trials, or minutes) was reached so the study is COMPLETE. False when the
 * run was interrupted or other processes still hold trials of the study. Immutable.
 */
public record StudyResult(StudyRecord study, StudyCounts counts, Optional<TrialSnapshot> best, Duration elapsed,
        boolean budgetReached) {
    public StudyResult {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
