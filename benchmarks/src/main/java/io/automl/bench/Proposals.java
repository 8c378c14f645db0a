package io.automl.bench;

import io.automl.engine.Sampler;
import io.automl.space.Config;
import java.util.SplittableRandom;

/** What the sampler-cost benchmarks share: a history to propose from, and the median time of a proposal. */
final class Proposals {
    private Proposals() {
    }

    /** {@code n} finished trials of random search on {@code problem}. */
    static ListHistory randomHistory(Problem problem, int n) {
        ListHistory history = new ListHistory();
        Sampler filler = Samplers.create("random", 0);
        for (int i = 0; i < n; i++) {
            Config c = filler.sample(history, problem.space(), new SplittableRandom(i));
            history.complete(c, i, problem.f().applyAsDouble(c));
        }
        return history;
    }

    /** Median milliseconds of {@code runs} proposals of {@code sampler} after {@code warmups} untimed ones. */
    static double medianMillis(Sampler sampler, ListHistory history, Problem problem, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            sampler.sample(history, problem.space(), new SplittableRandom(-i));
        }
        double[] ms = new double[runs];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            sampler.sample(history, problem.space(), new SplittableRandom(i));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return SearchEfficiency.quantile(ms, 0.5);
    }
}
