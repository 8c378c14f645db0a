package io.automl.bench;

import io.automl.engine.Sampler;
import io.automl.space.Config;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Simple regret of each sampler on Branin, Hartmann-6, Rosenbrock-4 and a 10-dimensional mixed problem: one run
 * of {@code trials} trials per seed, the regret read after 25, 50 and 100 trials of that run. Prints CSV lines
 * {@code problem,sampler,seed,trials,regret,seconds} (seconds of that seed's whole run), as
 * {@code optuna_peer.py} does; {@code regret_table.py} turns them into medians and quartiles. Seeds run in the
 * outer loop, so a run stopped early has the same seeds for every problem and sampler.
 * Arguments: optional trial count (100), seeds (N for 0..N-1, or A-B; default 10), comma-separated sampler names
 * (default: all of {@link Samplers#NAMES}) and comma-separated problem names (default: all four).
 */
public final class SearchEfficiency {
    private static final int[] CHECKPOINTS = {25, 50, 100};

    private SearchEfficiency() {
    }

    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        String seedArg = args.length > 1 ? args[1] : "10";
        int first = seedArg.contains("-") ? Integer.parseInt(seedArg.split("-")[0]) : 0;
        int last = seedArg.contains("-") ? Integer.parseInt(seedArg.split("-")[1]) : Integer.parseInt(seedArg) - 1;
        java.util.List<String> names = args.length > 2 ? java.util.List.of(args[2].split(",")) : Samplers.NAMES;
        java.util.List<String> problems = args.length > 3 ? java.util.List.of(args[3].split(",")) : null;
        System.out.println("problem,sampler,seed,trials,regret,seconds");
        for (int seed = first; seed <= last; seed++) {
            for (Problem problem : Problem.all()) {
                if (problems != null && !problems.contains(problem.name())) {
                    continue;
                }
                for (String name : names) {
                    long start = System.nanoTime();
                    double[] curve = run(problem, Samplers.create(name, seed), seed, trials);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    for (int k : CHECKPOINTS) {
                        if (k <= trials) {
                            System.out.printf(Locale.ROOT, "%s,%s,%d,%d,%.6g,%.3f%n", problem.name(), name, seed, k,
                                    curve[k - 1], seconds);
                        }
                    }
                    System.out.flush();
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
