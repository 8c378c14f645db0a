package io.automl.schedule;

import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;

/**
 * Builds a Quartz scheduler (in standby) on a JDBC job store over a shared {@link DataSource}: JobStoreTX
 * with the standard (or PostgreSQL) delegate and {@code QRTZ_} tables. Quartz keeps process-wide registries
 * of data sources and schedulers by name; this registers the data source under a fresh name and removes the
 * scheduler from Quartz's name registry, so several schedulers on different databases can live in one
 * process while sharing the stored scheduler name. Stateless; thread-safe.
 */
final class QuartzSetup {
    private QuartzSetup() {
    }

    static Scheduler create(DataSource dataSource, ScheduleSettings settings, boolean postgres)
            throws SchedulerException {
        String dsName = "automl-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dsName, new SharedConnectionProvider(dataSource));
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", settings.schedulerName());
        p.setProperty("org.quartz.scheduler.instanceId", settings.clustered() ? "AUTO" : "NON_CLUSTERED");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.interruptJobsOnShutdownWithWait", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.threads()));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "automl-schedule");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", postgres
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.dataSource", dsName);
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.isClustered", String.valueOf(settings.clustered()));
        p.setProperty("org.quartz.jobStore.misfireThreshold", String.valueOf(settings.misfireThreshold().toMillis()));
        SchedulerRepository names = SchedulerRepository.getInstance();
        synchronized (names) {
            Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
            names.remove(settings.schedulerName());
            return scheduler;
        }
    }
}
