package io.automl.schedule;
import io.automl.engine.schedule.DriftEvent;
import io.automl.engine.schedule.ScheduleSpec;

import io.automl.engine.Evaluator;
import io.automl.engine.RunOptions;
import io.automl.engine.StudyListener;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyRunner;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import io.automl.eval.Evaluators;
import io.automl.space.Direction;
import io.automl.space.SearchSpace;
import io.automl.space.parse.InvalidSpaceException;
import io.automl.space.parse.SpaceParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fire of a schedule: creates the study {@code name@yyyyMMdd'T'HHmmss} (UTC), enqueues the previous run's
 * top-K configurations (the previous champion first, so trial 0 re-scores it on the current data), runs the
 * study to completion in the calling thread, and stores a drift event when the champion's re-score is worse
 * than its previous value by more than the schedule's margin. A multi-objective space's champion is the previous
 * Pareto front and its value the front's hypervolume ({@link FrontChampion}): drift is a drop of the re-scored
 * front's hypervolume by more than the margin. Interrupting the calling thread stops the study
 * (its unfinished trials go back to WAITING) and returns with the flag set. A space that the parser's or the
 * evaluators' policy refuses at the time of the fire (a command evaluator on a server without
 * {@code --allow-commands}, a data set outside its data folders) runs nothing: its study is created FAILED with the
 * reason, so that the refusal shows wherever studies are listed. Stateless; thread-safe.
 */
final class ScheduledRun {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRun.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final TrialStore store;
    private final ScheduleTables tables;
    private final SpaceParser parser;
    private final StudyRunner runner;
    private final Evaluators evaluators;
    private final Clock clock;

    ScheduledRun(TrialStore store, ScheduleTables tables, SpaceParser parser, StudyRunner runner,
            Evaluators evaluators, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.tables = Objects.requireNonNull(tables, "tables");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.evaluators = Objects.requireNonNull(evaluators, "evaluators");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs schedule {@code name} once; returns the study's name, or empty when the schedule no longer exists. */
    Optional<String> run(String name) {
        Optional<ScheduleSpec> found = tables.find(name);
        if (found.isEmpty()) {
            LOG.warn("schedule '{}' fired but is no longer stored; nothing to run", name);
            return Optional.empty();
        }
        ScheduleSpec spec = found.get();
        Path baseDir = Path.of(spec.baseDir());
        Instant started = clock.instant();
        SearchSpace parsed;
        try {
            parsed = parser.parseStored(spec.spaceText(), baseDir);
        } catch (InvalidSpaceException e) {
            return Optional.of(refuse(spec, Direction.MAXIMIZE, started, e.reason()));
        }
        Optional<String> refused = evaluators.policy().refusal(parsed, baseDir);
        if (refused.isPresent()) {
            return Optional.of(refuse(spec, parsed.objective().direction(), started, refused.get()));
        }
        StudyRecord study = createStudy(spec, parsed.objective().direction(), started);
        SearchSpace space = parsed.withName(study.name());
        boolean multi = space.multiObjective();
        List<TrialSnapshot> warm = previousTop(spec, study.direction(), space);
        for (TrialSnapshot t : warm) {
            store.enqueue(study.id(), t.config(), t.seed());
        }
        double[] reference = multi ? FrontChampion.reference(space.objectives(), warm) : null;
        Double previous = warm.isEmpty() ? null
                : multi ? FrontChampion.hypervolume(space.objectives(), warm, reference) : warm.get(0).value();
        long runId = tables.startRun(spec.name(), study.name(), started, previous);
        LOG.info("schedule '{}': running study '{}' ({} warm-start configuration(s))", spec.name(), study.name(),
                warm.size());
        Evaluator evaluator = evaluators.create(space, baseDir);
        RunOptions options = new RunOptions(space.budget().parallelism(), Runtime.getRuntime().availableProcessors(),
                "schedule" + ProcessHandle.current().pid() + "-s" + study.id(), RunOptions.DEFAULT_LEASE,
                RunOptions.DEFAULT_MAX_ATTEMPTS, true);
        runner.run(study, space, evaluator, options, StudyListener.NONE);
        if (Thread.currentThread().isInterrupted()) {
            LOG.info("schedule '{}': study '{}' interrupted; it resumes with the next server", spec.name(),
                    study.name());
            return Optional.of(study.name());
        }
        Double rescore = previous == null ? null : multi
                ? FrontChampion.rescore(store, study.id(), space.objectives(), warm.size(), reference)
                : store.trial(study.id(), 0).filter(t -> t.state() == TrialState.COMPLETE).map(TrialSnapshot::value)
                        .orElse(null);
        tables.finishRun(runId, clock.instant(), rescore);
        if (rescore != null) {
            checkDrift(spec, study, multi ? Direction.MAXIMIZE : study.direction(), previous, rescore);
        }
        return Optional.of(study.name());
    }

    private void checkDrift(ScheduleSpec spec, StudyRecord study, Direction direction, double previous,
            double rescore) {
        double drop = direction == Direction.MAXIMIZE ? previous - rescore : rescore - previous;
        if (drop > spec.driftMargin()) {
            LOG.warn("schedule '{}': champion drifted from {} to {} in study '{}'", spec.name(), previous, rescore,
                    study.name());
            tables.insertDrift(new DriftEvent(spec.name(), study.name(), previous, rescore, clock.instant()));
        }
    }

    /**
     * The best configurations of the latest earlier run whose study still exists, best first; for a
     * multi-objective space its Pareto front (see {@link FrontChampion}).
     */
    private List<TrialSnapshot> previousTop(ScheduleSpec spec, Direction direction, SearchSpace space) {
        if (spec.topK() == 0) {
            return List.of();
        }
        List<ScheduleTables.RunRow> runs = tables.runs(spec.name());
        for (int i = runs.size() - 1; i >= 0; i--) {
            Optional<StudyRecord> prev = store.findStudy(runs.get(i).study());
            if (prev.isPresent()) {
                return space.multiObjective()
                        ? FrontChampion.front(store, prev.get().id(), space.objectives(), spec.topK())
                        : store.leaderboard(prev.get().id(), direction, spec.topK());
            }
        }
        return List.of();
    }

    /**
     * Records a fire whose space may not run here: a FAILED study with the reason, and a finished run of the
     * schedule. {@code direction} is the space's, or any when the space did not parse (no trial is ever stored).
     */
    private String refuse(ScheduleSpec spec, Direction direction, Instant started, String reason) {
        StudyRecord study = createStudy(spec, direction, started);
        store.failStudy(study.id(), reason);
        long runId = tables.startRun(spec.name(), study.name(), started, null);
        tables.finishRun(runId, clock.instant(), null);
        LOG.warn("schedule '{}': study '{}' refused: {}", spec.name(), study.name(), reason);
        return study.name();
    }

    private StudyRecord createStudy(ScheduleSpec spec, Direction direction, Instant at) {
        String base = spec.name() + "@" + STAMP.format(at);
        for (int n = 1; ; n++) {
            String name = n == 1 ? base : base + "-" + n;
            if (store.findStudy(name).isEmpty()) {
                try {
                    return store.createStudy(name, spec.spaceText(), spec.baseDir(), direction);
                } catch (IllegalArgumentException taken) {
                    LOG.debug("study name {} taken concurrently, trying the next", name, taken);
                }
            }
        }
    }
}
