package io.automl.bench;

import io.automl.engine.Sampler;
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
            ListHistory warm = Proposals.randomHistory(problem, 200);
            for (String name : names) {
                Sampler sampler = Samplers.create(name, 1);
                for (int i = 0; i < 10; i++) {
                    sampler.sample(warm, problem.space(), new SplittableRandom(-i));
                }
            }
            for (int n : new int[] {50, 200, 1_000}) {
                ListHistory history = Proposals.randomHistory(problem, n);
                for (String name : names) {
                    Sampler sampler = Samplers.create(name, 1);
                    double median = Proposals.medianMillis(sampler, history, problem, 2, 5);
                    System.out.printf(Locale.ROOT, "%s,%s,%d,%.1f%n", problem.name(), name, n, median);
                }
            }
        }
    }
}
