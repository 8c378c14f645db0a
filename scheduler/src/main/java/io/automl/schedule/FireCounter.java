package io.automl.schedule;

import io.automl.engine.schedule.ScheduleActivity;
import java.util.concurrent.atomic.AtomicLong;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.listeners.TriggerListenerSupport;

/** Counts the fires and misfires of nightly searches (not housekeeping) seen by this process's scheduler. */
final class FireCounter extends TriggerListenerSupport {
    private final AtomicLong fires = new AtomicLong();
    private final AtomicLong misfires = new AtomicLong();

    @Override
    public String getName() {
        return "automl-fire-counter";
    }

    @Override
    public void triggerFired(Trigger trigger, JobExecutionContext context) {
        if (Schedules.GROUP.equals(trigger.getJobKey().getGroup())) {
            fires.incrementAndGet();
        }
    }

    @Override
    public void triggerMisfired(Trigger trigger) {
        if (Schedules.GROUP.equals(trigger.getJobKey().getGroup())) {
            misfires.incrementAndGet();
        }
    }

    ScheduleActivity activity() {
        return new ScheduleActivity(fires.get(), misfires.get());
    }
}
