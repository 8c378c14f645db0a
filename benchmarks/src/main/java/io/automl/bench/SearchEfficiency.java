package io.automl.bench;

import io.automl.engine.Sampler;
import io.automl.space.Config;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Simple regret of each sampler on Branin, Hartmann-6, Rosenbrock-4 and a 10-dimensional mixed problem:
 * 100 trials, seeds 0..9, regret after 25, 50 and 100 trials. Prints CSV lines
 * {@code problem,sampler,trials,q25,median,q75,seconds} (quartiles by linear interpolation).
 * Arguments: optional trial count, seed count, comma-separated sampler names (default: all of
 * {@link Samplers#NAMES}) and comma-separated problem names (default: all four).
 */
public final class SearchEfficiency {
    private static final int[] CHECKPOINTS = {25, 50, 100};

    private SearchEfficiency() {
    }

    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        java.util.List<String> names = args.length > 2 ? java.util.List.of(args[2].split(",")) : Samplers.NAMES;
        System.out.println("problem,sampler,trials,q25,median,q75,seconds");
        java.util.List<String> problems = args.length > 3 ? java.util.List.of(args[3].split(",")) : null;
        for (Problem problem : Problem.all()) {
            if (problems != null && !problems.contains(problem.name())) {
                continue;
            }
            for (String name : names) {
                double[][] regret = new double[CHECKPOINTS.length][seeds];
                long start = System.nanoTime();
                for (int seed = 0; seed < seeds; seed++) {
                    double[] curve = run(problem, Samplers.create(name, seed), seed, trials);
                    for (int k = 0; k < CHECKPOINTS.length; k++) {
                        regret[k][seed] = curve[Math.min(trials, CHECKPOINTS[k]) - 1];
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                for (int k = 0; k < CHECKPOINTS.length; k++) {
                    if (CHECKPOINTS[k] <= trials) {
                        System.out.printf(Locale.ROOT, "%s,%s,%d,%.6g,%.6g,%.6g,%.2f%n", problem.name(), name,
                                CHECKPOINTS[k], quantile(regret[k], 0.25), quantile(regret[k], 0.5),
                                quantile(regret[k], 0.75), seconds);
                    }
                }
            }
        }
    }

    /** Best-so-far regret after each trial. */
    static double[] run(Problem problem, Sampler sampler, long seed, int trials) {
        ListHistory history = new ListHistory();
        double best = Double.POSITIVE_INFINITY;
        double[] out = new double[trials];
        for (int i = 0; i < trials; i++) {
            long trialSeed = Samplers.trialSeed(seed, i);
            Config c = sampler.sample(history, problem.space(), new SplittableRandom(trialSeed));
            double v = problem.f().applyAsDouble(c);
            history.complete(c, trialSeed, v);
            best = Math.min(best, v);
            out[i] = best - problem.minimum();
        }
        return out;
    }

    /** The {@code q}-quantile with linear interpolation between order statistics (numpy's default). */
    static double quantile(double[] values, double q) {
        double[] s = values.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}
