package io.automl.schedule;

import java.util.Objects;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * The Quartz jobs of this package and the factory that builds them with their services (the job data
 * carries only the schedule's name). Failures are rethrown to Quartz, which logs them; an interrupted
 * search keeps its thread's interrupt flag. Thread-safe.
 */
final class Jobs implements JobFactory {
    /** The job-data key holding a schedule's name. */
    static final String SCHEDULE = "schedule";

    private final ScheduledRun runs;
    private final Housekeeping housekeeping;

    Jobs(ScheduledRun runs, Housekeeping housekeeping) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.housekeeping = Objects.requireNonNull(housekeeping, "housekeeping");
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (type == SearchJob.class) {
            return new SearchJob(runs);
        }
        if (type == LeaseExpiryJob.class) {
            return new LeaseExpiryJob(housekeeping);
        }
        if (type == CleanupJob.class) {
            return new CleanupJob(housekeeping);
        }
        throw new SchedulerException("unknown job type " + type.getName());
    }

    /** Runs one fire of a schedule; one run per schedule at a time. */
    @DisallowConcurrentExecution
    static final class SearchJob implements InterruptableJob {
        private final ScheduledRun runs;
        private volatile Thread thread;

        SearchJob(ScheduledRun runs) {
            this.runs = runs;
        }

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            String name = context.getMergedJobDataMap().getString(SCHEDULE);
            thread = Thread.currentThread();
            try {
                runs.run(name);
            } catch (RuntimeException e) {
                throw new JobExecutionException("scheduled search '" + name + "' failed: " + e.getMessage(), e);
            } finally {
                thread = null;
            }
        }

        @Override
        public void interrupt() {
            Thread t = thread;
            if (t != null) {
                t.interrupt();
            }
        }
    }

    /** Releases expired trial leases. */
    @DisallowConcurrentExecution
    static final class LeaseExpiryJob implements Job {
        private final Housekeeping housekeeping;

        LeaseExpiryJob(Housekeeping housekeeping) {
            this.housekeeping = housekeeping;
        }

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            try {
                housekeeping.expireLeases();
            } catch (RuntimeException e) {
                throw new JobExecutionException("lease expiry failed: " + e.getMessage(), e);
            }
        }
    }

    /** Deletes models outside each study's top trials. */
    @DisallowConcurrentExecution
    static final class CleanupJob implements Job {
        private final Housekeeping housekeeping;

        CleanupJob(Housekeeping housekeeping) {
            this.housekeeping = housekeeping;
        }

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            try {
                housekeeping.cleanArtifacts();
            } catch (RuntimeException e) {
                throw new JobExecutionException("artifact cleanup failed: " + e.getMessage(), e);
            }
        }
    }
}
