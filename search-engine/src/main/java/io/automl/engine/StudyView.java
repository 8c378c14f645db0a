package io.automl.engine;

import io.automl.space.Objective;
import java.util.List;

/**
 * What samplers and pruners may read of a study: its objective and its trials. Read from the store,
 * so every worker and process sees the same history.
 */
public interface StudyView {

    /** The study's objective. */
    Objective objective();

    /** Every trial in number order, finished and live. */
    List<TrialSnapshot> trials();
}
