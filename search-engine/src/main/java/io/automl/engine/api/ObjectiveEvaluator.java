package io.automl.engine.api;

import io.automl.engine.Evaluation;
import io.automl.engine.Evaluator;
import io.automl.engine.Trial;
import io.automl.space.Config;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Runs an {@link Objective} as the study's evaluator. Thread-safe when the objective is. */
final class ObjectiveEvaluator implements Evaluator {
    private final Objective objective;

    ObjectiveEvaluator(Objective objective) {
        this.objective = Objects.requireNonNull(objective, "objective");
    }

    @Override
    public Evaluation evaluate(Trial trial) throws Exception {
        double value = objective.evaluate(new Context(trial));
        return new Evaluation(value, Map.of(), Map.of());
    }

    /** The engine's trial seen as a {@link TrialContext}. */
    private record Context(Trial trial) implements TrialContext {
        @Override
        public int number() {
            return trial.number();
        }

        @Override
        public Config config() {
            return trial.config();
        }

        @Override
        public long seed() {
            return trial.seed();
        }

        @Override
        public void report(int step, double value) {
            trial.report(step, value);
        }

        @Override
        public boolean shouldPrune() {
            return trial.shouldPrune();
        }

        @Override
        public Optional<Instant> deadline() {
            return trial.deadline();
        }

        @Override
        public int threads() {
            return trial.threads();
        }
    }
}
