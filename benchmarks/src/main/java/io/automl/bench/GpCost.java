package io.automl.bench;

import io.automl.engine.Sampler;
import io.automl.space.Config;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The cost of one {@code sample()} call of the model-based samplers with 50, 200 and 1,000 finished trials in
 * the history (filled by random search) on the 10-dimensional mixed problem and on Hartmann-6: median of 5
 * timed calls, after 10 warm-up calls on a 200-trial history per sampler and 2 more per history size. Prints
 * CSV lines {@code problem,sampler,history,ms}. Arguments: optional comma-separated sampler names (default
 * {@code gp,tpe}).
 */
public final class GpCost {
    private GpCost() {
    }

    public static void main(String[] args) {
        String[] names = (args.length > 0 ? args[0] : "gp,tpe").split(",");
        System.out.println("problem,sampler,history,ms");
        for (Problem problem : new Problem[] {Problem.mixed10(), Problem.hartmann6()}) {
            ListHistory warm = history(problem, 200);
            for (String name : names) {
                Sampler sampler = Samplers.create(name, 1);
                for (int i = 0; i < 10; i++) {
                    sampler.sample(warm, problem.space(), new SplittableRandom(-i));
                }
            }
            for (int n : new int[] {50, 200, 1_000}) {
                ListHistory history = history(problem, n);
                for (String name : names) {
                    Sampler sampler = Samplers.create(name, 1);
                    for (int i = 0; i < 2; i++) {
                        sampler.sample(history, problem.space(), new SplittableRandom(-i));
                    }
                    double[] ms = new double[5];
                    for (int i = 0; i < ms.length; i++) {
                        long start = System.nanoTime();
                        sampler.sample(history, problem.space(), new SplittableRandom(i));
                        ms[i] = (System.nanoTime() - start) / 1e6;
                    }
                    System.out.printf(Locale.ROOT, "%s,%s,%d,%.1f%n", problem.name(), name, n,
                            SearchEfficiency.quantile(ms, 0.5));
                }
            }
        }
    }

    /** {@code n} finished trials of random search on {@code problem}. */
    private static ListHistory history(Problem problem, int n) {
        ListHistory history = new ListHistory();
        Sampler filler = Samplers.create("random", 0);
        for (int i = 0; i < n; i++) {
            Config c = filler.sample(history, problem.space(), new SplittableRandom(i));
            history.complete(c, i, problem.f().applyAsDouble(c));
        }
        return history;
    }
}
