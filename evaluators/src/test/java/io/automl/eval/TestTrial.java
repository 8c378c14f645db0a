package io.automl.eval;

import io.automl.engine.Trial;
import io.automl.space.Config;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/** An in-process trial handle for tests: records reported values; prunes when a rule says so. */
final class TestTrial implements Trial {
    private final Config config;
    private final long seed;
    private final int threads;
    private final Optional<Instant> deadline;
    private final IntPredicate pruneAtStep;
    final List<double[]> reports = new ArrayList<>();

    TestTrial(Config config, long seed, int threads, Optional<Instant> deadline, IntPredicate pruneAtStep) {
        this.config = config;
        this.seed = seed;
        this.threads = threads;
        this.deadline = deadline;
        this.pruneAtStep = pruneAtStep;
    }

    TestTrial(Config config, long seed) {
        this(config, seed, 2, Optional.empty(), s -> false);
    }

    @Override
    public int number() {
        return 0;
    }

    @Override
    public Config config() {
        return config;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public void report(int step, double value) {
        reports.add(new double[] {step, value});
    }

    @Override
    public boolean shouldPrune() {
        return !reports.isEmpty() && pruneAtStep.test((int) reports.get(reports.size() - 1)[0]);
    }

    @Override
    public Optional<Instant> deadline() {
        return deadline;
    }

    @Override
    public int threads() {
        return threads;
    }
}
