package io.automl.engine.api;

import io.automl.engine.Evaluator;
import io.automl.engine.RunOptions;
import io.automl.engine.StudyCatalog;
import io.automl.engine.StudyListener;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyResult;
import io.automl.engine.StudyRunner;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialStore;
import io.automl.engine.memory.InMemoryTrialStore;
import io.automl.engine.pruner.PrunerRegistry;
import io.automl.engine.sampler.SamplerRegistry;
import io.automl.space.SearchSpace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A study run from library code: a search space, a store, and worker threads that call an objective.
 *
 * <pre>{@code
 * Study study = Study.builder(space).store(store).parallelism(4).build();
 * StudyResult r = study.optimize(trial -> {
 *     double x = trial.config().getDouble("x");
 *     for (int epoch = 1; epoch <= 10; epoch++) {
 *         trial.pruneIfAsked(epoch, score(x, epoch));   // reports, and stops when the pruner says so
 *     }
 *     return score(x, 10);
 * }, 100);
 * }</pre>
 *
 * <p>{@link Builder#build()} opens the study named after the space (creating it, or resuming the stored one
 * made from the same space text), so a study on a persistent store continues where an earlier process left
 * off. Each {@link #optimize} call adds {@code trials} trials to those already budgeted, sampled by the
 * space's sampler and stopped early by its pruner. A {@code Study} is thread-safe, but runs one
 * {@code optimize} at a time per process for a given study name (its workers own its trials); the caller
 * owns the store and closes it.
 */
public final class Study {
    private final TrialStore store;
    private final SearchSpace space;
    private final StudyRecord record;
    private final StudyRunner runner;
    private final RunOptions options;
    private final StudyListener listener;

    private Study(Builder b, StudyRecord record) {
        this.store = b.store;
        this.space = b.space;
        this.record = record;
        this.runner = new StudyRunner(b.store, b.samplers, b.pruners, b.clock);
        this.options = b.options != null ? b.options : RunOptions.local(b.parallelism);
        this.listener = b.listener;
    }

    /** A builder for a study of {@code space}. */
    public static Builder builder(SearchSpace space) {
        return new Builder(space);
    }

    /**
     * Runs {@code trials} more trials of {@code objective} and returns when they are finished (or the
     * space's time budget is spent). The returned result's best trial is the best of the whole study.
     * Interrupting the calling thread stops the workers, re-queues their trials and returns with the
     * interrupt flag set.
     */
    public StudyResult optimize(Objective objective, int trials) {
        return run(new ObjectiveEvaluator(objective), trials);
    }

    /**
     * Like {@link #optimize(Objective, int)} with any {@link Evaluator}, such as the DL4J trainer of the
     * evaluators module (which also scores the best trial on the test split).
     */
    public StudyResult run(Evaluator evaluator, int trials) {
        Objects.requireNonNull(evaluator, "evaluator");
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be >= 1: " + trials);
        }
        int budgeted = store.counts(record.id()).budgeted();
        SearchSpace run = space.withBudget(space.budget().withTrials(budgeted + trials));
        return runner.run(record, run, evaluator, options, listener);
    }

    /** The best COMPLETE trial of the study so far, if any. */
    public Optional<TrialSnapshot> best() {
        return store.leaderboard(record.id(), space.objective().direction(), 1).stream().findFirst();
    }

    /** Every trial of the study, in number order. */
    public List<TrialSnapshot> trials() {
        return store.trials(record.id());
    }

    /** The stored study. */
    public StudyRecord record() {
        return store.study(record.id()).orElse(record);
    }

    /** The search space. */
    public SearchSpace space() {
        return space;
    }

    /**
     * Configures a {@link Study}. Defaults: a new {@link InMemoryTrialStore}, parallelism 1, the space
     * rendered as JSON by {@link SpaceBuilder#toJson(SearchSpace)} as the stored space text, the working
     * directory as base directory, all built-in samplers and pruners, the system clock. Not thread-safe.
     */
    public static final class Builder {
        private final SearchSpace space;
        private TrialStore store;
        private int parallelism = 1;
        private RunOptions options;
        private String spaceText;
        private Path baseDir = Path.of("").toAbsolutePath();
        private StudyListener listener = StudyListener.NONE;
        private SamplerRegistry samplers = new SamplerRegistry();
        private PrunerRegistry pruners = new PrunerRegistry();
        private Clock clock = Clock.systemUTC();

        private Builder(SearchSpace space) {
            this.space = Objects.requireNonNull(space, "space");
        }

        /** The store that keeps studies and trials (owned and closed by the caller). */
        public Builder store(TrialStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** How many trials run at once, each on its own worker thread. */
        public Builder parallelism(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("parallelism must be >= 1: " + value);
            }
            this.parallelism = value;
            return this;
        }

        /** Full run options (lease, attempts, worker names); replaces {@link #parallelism(int)}. */
        public Builder runOptions(RunOptions value) {
            this.options = Objects.requireNonNull(value, "runOptions");
            return this;
        }

        /**
         * The space's source text to store with the study (needed for spaces parsed from JSON or YAML with an
         * architecture or data set, so that other processes can re-read the space).
         */
        public Builder spaceText(String value) {
            this.spaceText = Objects.requireNonNull(value, "spaceText");
            return this;
        }

        /** The directory that relative data paths in the space resolve against. */
        public Builder baseDir(Path value) {
            this.baseDir = Objects.requireNonNull(value, "baseDir").toAbsolutePath();
            return this;
        }

        /** Hears of each trial as it starts and finishes (called on worker threads). */
        public Builder listener(StudyListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** The samplers available by type (to add custom ones). */
        public Builder samplers(SamplerRegistry value) {
            this.samplers = Objects.requireNonNull(value, "samplers");
            return this;
        }

        /** The pruners available by type (to add custom ones). */
        public Builder pruners(PrunerRegistry value) {
            this.pruners = Objects.requireNonNull(value, "pruners");
            return this;
        }

        /** The clock for leases and time budgets. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Opens the study: creates it in the store, or resumes the stored study of the same name made from the
         * same space text. Throws {@link IllegalArgumentException} when a study of that name exists with
         * another space, or when the space has no source text and cannot be rendered (architecture or data set
         * without {@link #spaceText(String)}).
         */
        public Study build() {
            if (store == null) {
                store = new InMemoryTrialStore(clock);
            }
            String text = spaceText != null ? spaceText : SpaceBuilder.toJson(space);
            StudyRecord record = new StudyCatalog(store).openOrCreate(space, text, baseDir.toString());
            return new Study(this, record);
        }
    }
}
