package io.automl.engine.schedule;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The stored schedules of nightly searches, as the web API and the command line see them: create, list, fire now,
 * delete, and read a schedule's runs and drift events. The scheduler module implements it on Quartz; callers
 * depend on this port only. Implementations are thread-safe.
 */
public interface ScheduleBook {
    /**
     * Validates and stores a schedule; throws the space parser's exception for an invalid space and
     * {@link InvalidScheduleException} naming the field for a bad name, cron, top-K or margin, or a taken name.
     *
     * @param name the schedule's name, or null for the space's name
     * @param baseDir the directory the space's relative data paths resolve against
     */
    ScheduleSpec create(String name, String spaceText, Path baseDir, String cron, int topK, double driftMargin);

    /** Every schedule by name, with its next fire time, latest study and that study's best value. */
    List<ScheduleSummary> list();

    /** One schedule. */
    Optional<ScheduleSummary> find(String name);

    /** Deletes a schedule with its trigger and history (its studies stay); false when there was none. */
    boolean delete(String name);

    /** Fires a schedule now; false when there is no such schedule. */
    boolean runNow(String name);

    /** The champion's history: one row per run, oldest first. */
    List<ScheduleRun> history(String name);

    /** The drift events of a schedule, oldest first. */
    List<DriftEvent> drift(String name);

    /** The fires and misfires this process's scheduler has seen since it started (for the operator's metrics). */
    ScheduleActivity activity();
}
