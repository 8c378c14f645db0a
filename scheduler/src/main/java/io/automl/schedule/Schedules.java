package io.automl.schedule;
import io.automl.engine.schedule.ScheduleActivity;
import io.automl.engine.schedule.ScheduleBook;
import io.automl.engine.schedule.InvalidScheduleException;
import io.automl.engine.schedule.DriftEvent;
import io.automl.engine.schedule.ScheduleRun;
import io.automl.engine.schedule.ScheduleSummary;
import io.automl.engine.schedule.ScheduleSpec;

import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialStore;
import io.automl.results.JdbcTrialStore;
import io.automl.space.StudyName;
import io.automl.results.SchemaMigrator;
import io.automl.results.StoreException;
import io.automl.space.parse.SpaceParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Recurring searches: create, list, delete and run-now schedules, whose triggers persist in the results
 * database (a missed fire runs once when the scheduler next starts, not once per missed fire). Opening an
 * instance creates the tables it needs and leaves the scheduler in standby, which suits commands that only
 * edit schedules; {@link #start} makes this process run the fires and the housekeeping (lease expiry every
 * {@code leaseExpiryInterval}, model cleanup every {@code cleanupInterval}). {@link #close} interrupts
 * running searches (their trials go back to WAITING) and stops the scheduler, leaving the store open.
 * Thread-safe.
 */
public final class Schedules implements ScheduleBook, AutoCloseable {
    static final String GROUP = "automl-schedules";
    static final String HOUSEKEEPING = "automl-housekeeping";

    private final TrialStore store;
    private final SpaceParser parser;
    private final ScheduleTables tables;
    private final ScheduleSettings settings;
    private final Clock clock;
    private final Scheduler scheduler;
    private final FireCounter fires = new FireCounter();

    /** Wires the scheduler on {@code dataSource}, the database of {@code store}. */
    public Schedules(DataSource dataSource, TrialStore store, ScheduledSearch search, ScheduleSettings settings,
            Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        this.store = Objects.requireNonNull(store, "store");
        Objects.requireNonNull(search, "search");
        this.parser = search.parser();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tables = new ScheduleTables(dataSource);
        try {
            SchemaMigrator schema = SchemaMigrator.on(dataSource);
            schema.migrate(ScheduleSchema.HISTORY);
            this.scheduler = QuartzSetup.create(dataSource, settings, schema.isPostgres());
            ScheduledRun runs = new ScheduledRun(store, tables, search.parser(), search.runner(), search.evaluators(),
                    clock);
            scheduler.setJobFactory(new Jobs(runs, new Housekeeping(store, clock, settings.keepModels())));
            scheduler.getListenerManager().addTriggerListener(fires);
        } catch (StoreException | SchedulerException e) {
            throw new IllegalStateException("cannot open the scheduler: " + e.getMessage(), e);
        }
    }

    /**
     * Opens schedules on {@code store}, which must be the JDBC store; fires run with {@code search}'s parser and
     * evaluators, and so under their policy.
     */
    public static Schedules open(TrialStore store, ScheduledSearch search, ScheduleSettings settings) {
        Objects.requireNonNull(store, "store");
        if (!(store instanceof JdbcTrialStore jdbc)) {
            throw new IllegalArgumentException("store: schedules need the JDBC store, got "
                    + store.getClass().getSimpleName());
        }
        return new Schedules(jdbc.dataSource(), store, search, settings, Clock.systemUTC());
    }

    /** Runs fires and housekeeping in this process from now on. */
    public void start() {
        try {
            scheduleHousekeeping("lease-expiry", Jobs.LeaseExpiryJob.class, settings.leaseExpiryInterval().toMillis());
            scheduleHousekeeping("artifact-cleanup", Jobs.CleanupJob.class, settings.cleanupInterval().toMillis());
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /**
     * Validates and stores a schedule. Throws the parser's exception for an invalid space and
     * {@link InvalidScheduleException} naming the field for a bad name (one that breaks {@link StudyName}'s rule),
     * cron, top-K or margin, or a taken name.
     *
     * @param name the schedule's name, or null for the space's name
     */
    @Override
    public ScheduleSpec create(String name, String spaceText, Path baseDir, String cron, int topK,
            double driftMargin) {
        Objects.requireNonNull(spaceText, "spaceText");
        Objects.requireNonNull(baseDir, "baseDir");
        String spaceName = parser.parse(spaceText, baseDir).name();
        String chosen = name == null ? spaceName : name.strip();
        StudyName.problem(chosen).ifPresent(problem -> {
            throw new InvalidScheduleException("name", problem + ": '" + StudyName.shown(chosen) + "'");
        });
        if (cron == null || !CronExpression.isValidExpression(cron.strip())) {
            throw new InvalidScheduleException("cron", cronProblem(cron));
        }
        CronRanges.problem(cron).ifPresent(problem -> {
            throw new InvalidScheduleException("cron", "invalid cron expression '" + cron + "': " + problem);
        });
        if (topK < 0) {
            throw new InvalidScheduleException("topK", "must be >= 0, got " + topK);
        }
        if (!Double.isFinite(driftMargin)) {
            throw new InvalidScheduleException("driftMargin", "must be a finite number, got " + driftMargin);
        }
        ScheduleSpec spec = new ScheduleSpec(chosen, spaceText, baseDir.toAbsolutePath().normalize().toString(),
                cron.strip(), topK, driftMargin, clock.instant());
        if (!tables.insert(spec)) {
            throw new InvalidScheduleException("name", "a schedule named '" + chosen + "' already exists");
        }
        try {
            scheduler.scheduleJob(JobBuilder.newJob(Jobs.SearchJob.class).withIdentity(jobKey(chosen))
                    .usingJobData(Jobs.SCHEDULE, chosen).storeDurably().build(),
                    TriggerBuilder.newTrigger().withIdentity(triggerKey(chosen)).withSchedule(
                            CronScheduleBuilder.cronSchedule(spec.cron()).withMisfireHandlingInstructionFireAndProceed())
                            .build());
        } catch (SchedulerException | RuntimeException e) {
            tables.delete(chosen);
            throw new IllegalStateException("cannot schedule '" + chosen + "': " + e.getMessage(), e);
        }
        return spec;
    }

    /** Every schedule by name, with its next fire time, latest study and that study's best value. */
    @Override
    public List<ScheduleSummary> list() {
        List<ScheduleSummary> out = new ArrayList<>();
        for (ScheduleSpec spec : tables.all()) {
            List<ScheduleTables.RunRow> runs = tables.runs(spec.name());
            String last = runs.isEmpty() ? null : runs.get(runs.size() - 1).study();
            Double champion = last == null ? null : best(last).map(TrialSnapshot::value).orElse(null);
            out.add(new ScheduleSummary(spec, nextFire(spec.name()), last, champion));
        }
        return out;
    }

    /** One schedule. */
    @Override
    public Optional<ScheduleSummary> find(String name) {
        return list().stream().filter(s -> s.spec().name().equals(name)).findFirst();
    }

    /** Deletes a schedule with its trigger and history (its studies stay); false when there was none. */
    @Override
    public boolean delete(String name) {
        Objects.requireNonNull(name, "name");
        try {
            scheduler.deleteJob(jobKey(name));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot unschedule '" + name + "': " + e.getMessage(), e);
        }
        return tables.delete(name);
    }

    /** Fires a schedule now (in the process running the scheduler); false when there is no such schedule. */
    @Override
    public boolean runNow(String name) {
        Objects.requireNonNull(name, "name");
        if (tables.find(name).isEmpty()) {
            return false;
        }
        try {
            scheduler.triggerJob(jobKey(name));
            return true;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot run '" + name + "' now: " + e.getMessage(), e);
        }
    }

    /** The champion's history: one row per run, oldest first. */
    @Override
    public List<ScheduleRun> history(String name) {
        List<ScheduleRun> out = new ArrayList<>();
        for (ScheduleTables.RunRow r : tables.runs(name)) {
            Optional<TrialSnapshot> best = best(r.study());
            out.add(new ScheduleRun(r.study(), r.startedAt(), r.finishedAt(), best.map(TrialSnapshot::number)
                    .orElse(null), best.map(TrialSnapshot::value).orElse(null), r.championPrevious(),
                    r.championRescore()));
        }
        return out;
    }

    /** The drift events of a schedule, oldest first. */
    @Override
    public List<DriftEvent> drift(String name) {
        return tables.drift(name);
    }

    @Override
    public ScheduleActivity activity() {
        return fires.activity();
    }

    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot stop the scheduler: " + e.getMessage(), e);
        }
    }

    private Optional<TrialSnapshot> best(String study) {
        return store.findStudy(study).flatMap(s -> store.leaderboard(s.id(), s.direction(), 1).stream().findFirst());
    }

    private Instant nextFire(String name) {
        try {
            Trigger t = scheduler.getTrigger(triggerKey(name));
            return t == null || t.getNextFireTime() == null ? null : t.getNextFireTime().toInstant();
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the trigger of '" + name + "': " + e.getMessage(), e);
        }
    }

    private void scheduleHousekeeping(String name, Class<? extends org.quartz.Job> type, long everyMillis)
            throws SchedulerException {
        JobKey key = JobKey.jobKey(name, HOUSEKEEPING);
        scheduler.scheduleJob(JobBuilder.newJob(type).withIdentity(key).storeDurably().build(),
                java.util.Set.of(TriggerBuilder.newTrigger().withIdentity(TriggerKey.triggerKey(name, HOUSEKEEPING))
                        .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(1).withIntervalInMilliseconds(
                                everyMillis).withMisfireHandlingInstructionNextWithRemainingCount()).build()),
                true);
    }

    private static String cronProblem(String cron) {
        if (cron == null || cron.isBlank()) {
            return "a cron expression is required, such as \"0 0 2 * * ?\" (seconds minutes hours day month weekday)";
        }
        try {
            new CronExpression(cron.strip());
            return "invalid cron expression '" + cron + "'";
        } catch (java.text.ParseException e) {
            return "invalid cron expression '" + cron + "': " + e.getMessage()
                    + " (Quartz syntax: seconds minutes hours day-of-month month day-of-week [year], e.g. \"0 0 2 * * ?\")";
        }
    }

    private static JobKey jobKey(String name) {
        return JobKey.jobKey(name, GROUP);
    }

    private static TriggerKey triggerKey(String name) {
        return TriggerKey.triggerKey(name, GROUP);
    }

}
