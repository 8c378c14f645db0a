package io.automl.engine;

import io.automl.space.Objective;
import java.util.List;

/**
 * What samplers and pruners may read of a study: its objective and its trials. Read from the store,
 * so every worker and process sees the same history. The list returned by {@link #trials()} is immutable;
 * views handed to samplers by the engine are frozen at the moment of the proposal.
 */
public interface StudyView {

    /** The study's objective. */
    Objective objective();

    /** Every trial in number order, finished and live. */
    List<TrialSnapshot> trials();

    /**
     * The number of trials, {@code trials().size()}; views that keep counts answer without building the list,
     * so samplers that only need the trial index (quasi-random sequences, grids) cost the same at any size.
     */
    default int size() {
        return trials().size();
    }
}
