package io.automl.engine.schedule;

/**
 * What the scheduler of this process has done since it started: the fires of nightly searches it ran and the fires
 * it missed (the process was down or busy past the misfire threshold; a missed fire runs once late). Counts only
 * grow.
 */
public record ScheduleActivity(long fires, long misfires) {
    public ScheduleActivity {
        if (fires < 0 || misfires < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + fires + ", " + misfires);
        }
    }
}
