package io.automl.worker;

import io.automl.engine.Evaluator;
import io.automl.engine.RunOptions;
import io.automl.engine.StudyListener;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyRunner;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.eval.Evaluators;
import io.automl.space.SearchSpace;
import io.automl.space.parse.InvalidSpaceException;
import io.automl.space.parse.SpaceParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loop of an {@code automl worker} process: asks the server for RUNNING studies, runs one at a time with
 * the ordinary {@link StudyRunner} against the {@link RemoteTrialStore} (one worker thread, the slot's thread
 * budget, not exclusive: other workers share the study), then looks for the next; sleeps with a growing
 * backoff while there is nothing to do. Stops when the calling thread is interrupted (trials in flight go
 * back to WAITING), with {@code once} when no RUNNING study is left, or when the server stayed unreachable
 * for {@code maxFailures} calls in a row. Used from one thread.
 */
public final class WorkerProcess {
    /** Exit status when the server was lost. */
    public static final int SERVER_LOST = 3;
    private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);
    private static final Duration MIN_IDLE = Duration.ofMillis(250);
    private static final Duration MAX_IDLE = Duration.ofSeconds(3);
    private static final Duration SKIP = Duration.ofMinutes(1);

    /** How this worker runs: its unique name, slot, CPU threads, lease, retry policy and stop rules. */
    public record Settings(String name, DeviceSlot device, int threads, Duration lease, int maxAttempts, boolean once,
            boolean commandsOnly, int maxFailures) {
        public Settings {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank");
            }
            Objects.requireNonNull(device, "device");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1: " + threads);
            }
            Objects.requireNonNull(lease, "lease");
            if (maxAttempts < 1 || maxFailures < 1) {
                throw new IllegalArgumentException("maxAttempts and maxFailures must be >= 1");
            }
        }
    }

    private final Settings settings;
    private final RemoteTrialStore store;
    private final StudyRunner runner;
    private final SpaceParser parser;
    private final Evaluators evaluators;
    private final Clock clock;
    private final Map<Long, Instant> skipped = new HashMap<>();
    private final AtomicInteger finished = new AtomicInteger();
    private long lastStudy = -1;

    public WorkerProcess(Settings settings, RemoteTrialStore store, StudyRunner runner, SpaceParser parser,
            Evaluators evaluators, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.evaluators = Objects.requireNonNull(evaluators, "evaluators").withEnvironment(
                settings.device().environment());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs until stopped (see the class comment); returns 0, or {@link #SERVER_LOST}. */
    public int run() {
        int failures = 0;
        Duration idle = MIN_IDLE;
        while (!Thread.currentThread().isInterrupted()) {
            List<StudyRecord> running;
            try {
                running = store.studies(StudyState.RUNNING);
                failures = 0;
            } catch (WorkerHttp.Unreachable e) {
                if (++failures >= settings.maxFailures()) {
                    LOG.error("worker {}: server lost after {} failed calls: {}", settings.name(), failures,
                            e.getMessage());
                    return SERVER_LOST;
                }
                LOG.warn("worker {}: {}", settings.name(), e.getMessage());
                idle = sleep(idle);
                continue;
            } catch (WorkerHttp.Interrupted e) {
                break;
            }
            StudyRecord next = pick(running);
            if (next == null) {
                if (settings.once()) {
                    break;
                }
                idle = sleep(idle);
                continue;
            }
            int started = runStudy(next);
            idle = started > 0 ? MIN_IDLE : sleep(idle);
        }
        LOG.info("worker {}: stopping after {} finished trial(s)", settings.name(), finished.get());
        return 0;
    }

    /** How many trials this worker finished. */
    public int finishedTrials() {
        return finished.get();
    }

    /** The next RUNNING study after the last one run (round robin), skipping those this worker cannot run. */
    private StudyRecord pick(List<StudyRecord> running) {
        Instant now = clock.instant();
        skipped.values().removeIf(until -> until.isBefore(now));
        List<StudyRecord> open = running.stream().filter(s -> !skipped.containsKey(s.id()))
                .sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
        if (open.isEmpty()) {
            return null;
        }
        return open.stream().filter(s -> s.id() > lastStudy).findFirst().orElse(open.get(0));
    }

    /** Runs one study until this worker finds no more trials in it; returns how many trials it started. */
    private int runStudy(StudyRecord study) {
        lastStudy = study.id();
        SearchSpace space;
        Evaluator evaluator;
        try {
            space = parser.parseStored(study.spaceText(), Path.of(study.baseDir()));
            if (settings.commandsOnly() && !space.evaluator().type().equals("command")) {
                skip(study, "it trains with DL4J and this worker runs only command-evaluator trials");
                return 0;
            }
            evaluator = evaluators.create(space, Path.of(study.baseDir()));
        } catch (InvalidSpaceException | UnsupportedOperationException | IllegalArgumentException e) {
            skip(study, e.getMessage());
            return 0;
        }
        AtomicInteger started = new AtomicInteger();
        RunOptions options = new RunOptions(1, settings.threads(), settings.name(), settings.lease(),
                settings.maxAttempts(), false);
        try {
            runner.run(study, space, evaluator, options, new StudyListener() {
                @Override
                public void trialStarted(TrialSnapshot trial) {
                    started.incrementAndGet();
                    LOG.info("worker {}: study {} trial {} started", settings.name(), study.name(), trial.number());
                }

                @Override
                public void trialFinished(TrialSnapshot trial) {
                    finished.incrementAndGet();
                    LOG.info("worker {}: study {} trial {} {} {}", settings.name(), study.name(), trial.number(),
                            trial.state(), trial.value() == null ? "" : trial.value());
                }
            });
        } catch (WorkerHttp.Interrupted e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("worker {}: run of study {} stopped: {}", settings.name(), study.name(), e.getMessage());
        }
        return started.get();
    }

    private void skip(StudyRecord study, String why) {
        LOG.warn("worker {}: skipping study {} for {}: {}", settings.name(), study.name(), SKIP, why);
        skipped.put(study.id(), clock.instant().plus(SKIP));
    }

    private Duration sleep(Duration idle) {
        try {
            Thread.sleep(idle.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Duration next = idle.multipliedBy(2);
        return next.compareTo(MAX_IDLE) > 0 ? MAX_IDLE : next;
    }
}
