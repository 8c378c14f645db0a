package io.automl.bench;

import io.automl.engine.Sampler;
import io.automl.engine.StudyView;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.pareto.ParetoFront;
import io.automl.engine.sampler.SamplerRegistry;
import io.automl.space.Budget;
import io.automl.space.Condition;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.EvaluatorSpec;
import io.automl.space.FloatRange;
import io.automl.space.Objective;
import io.automl.space.Param;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Multi-objective search efficiency: the hypervolume of the front our samplers find on ZDT1, ZDT2 (30
 * variables) and 3-objective DTLZ2 (12 variables) after each budget, per seed, against the fixed reference
 * points of {@code optuna_pareto.py} (ZDT: (1.1, 11); DTLZ2: (3.5, 3.5, 3.5)). Prints CSV lines
 * {@code problem,sampler,trials,seed,hypervolume}. Usage: ParetoEfficiency BUDGETS SEEDS SAMPLERS, e.g.
 * {@code 100,200 10 nsga2,nsga2-p50,random}.
 */
public final class ParetoEfficiency {
    private ParetoEfficiency() {
    }

    /** A benchmark problem: its variables, objectives (all minimized) and reference point. */
    record Mo(String name, int vars, int objectives, double[] reference) {
        double[] evaluate(double[] x) {
            return switch (name) {
                case "zdt1" -> zdt(x, false);
                case "zdt2" -> zdt(x, true);
                case "dtlz2" -> dtlz2(x, objectives);
                default -> throw new IllegalArgumentException(name);
            };
        }
    }

    static double[] zdt(double[] x, boolean concave) {
        double g = 0;
        for (int i = 1; i < x.length; i++) {
            g += x[i];
        }
        g = 1 + 9 * g / (x.length - 1);
        double r = x[0] / g;
        return new double[] {x[0], g * (1 - (concave ? r * r : Math.sqrt(r)))};
    }

    static double[] dtlz2(double[] x, int m) {
        double g = 0;
        for (int i = m - 1; i < x.length; i++) {
            g += (x[i] - 0.5) * (x[i] - 0.5);
        }
        double[] f = new double[m];
        for (int i = 0; i < m; i++) {
            double v = 1 + g;
            for (int j = 0; j < m - 1 - i; j++) {
                v *= Math.cos(x[j] * Math.PI / 2);
            }
            if (i > 0) {
                v *= Math.sin(x[m - 1 - i] * Math.PI / 2);
            }
            f[i] = v;
        }
        return f;
    }

    static final List<Mo> PROBLEMS = List.of(new Mo("zdt1", 30, 2, new double[] {1.1, 11}),
            new Mo("zdt2", 30, 2, new double[] {1.1, 11}),
            new Mo("dtlz2", 12, 3, new double[] {3.5, 3.5, 3.5}));

    public static void main(String[] args) {
        List<Integer> budgets = new ArrayList<>();
        for (String b : args[0].split(",")) {
            budgets.add(Integer.parseInt(b));
        }
        int seeds = Integer.parseInt(args[1]);
        String[] samplers = args[2].split(",");
        System.out.println("problem,sampler,trials,seed,hypervolume");
        for (Mo p : PROBLEMS) {
            for (String s : samplers) {
                for (int budget : budgets) {
                    for (int seed = 0; seed < seeds; seed++) {
                        run(p, s, seed, budget);
                    }
                }
            }
        }
    }

    /**
     * One run of {@code budget} trials (a study with that budget, so nsga2 sizes its population from it);
     * sampler {@code nsga2-pN} is nsga2 with populationSize N.
     */
    private static void run(Mo p, String samplerName, int seed, int budget) {
        List<Objective> objectives = new ArrayList<>();
        List<Param> params = new ArrayList<>();
        for (int i = 0; i < p.objectives(); i++) {
            objectives.add(new Objective("f" + (i + 1), Direction.MINIMIZE, p.reference()[i]));
        }
        for (int i = 0; i < p.vars(); i++) {
            params.add(new Param("x" + i, new FloatRange(0, 1, false, 0), Condition.ALWAYS));
        }
        String type = samplerName.startsWith("nsga2-p") ? "nsga2" : samplerName;
        Map<String, Object> options = samplerName.startsWith("nsga2-p")
                ? Map.of("populationSize", Integer.parseInt(samplerName.substring("nsga2-p".length()))) : Map.of();
        SearchSpace space = new SearchSpace(p.name(), objectives, List.of(), null, new Budget(budget, 1, 0, 1, 0),
                new SamplerSpec(type, seed, options), PrunerSpec.none(), Optional.empty(),
                EvaluatorSpec.library(), params, Optional.empty());
        Sampler sampler = new SamplerRegistry().create(space.sampler(), space);
        History h = new History(objectives.get(0));
        for (int n = 0; n < budget; n++) {
            Config c = sampler.sample(h, space, new SplittableRandom(seed * 1_000_003L + n));
            double[] x = new double[p.vars()];
            for (int i = 0; i < x.length; i++) {
                x[i] = c.getDouble("x" + i);
            }
            h.add(c, p.evaluate(x));
        }
        double hv = ParetoFront.of(objectives, h.trials(), p.reference()).hypervolume();
        System.out.printf("%s,%s,%d,%d,%.6f%n", p.name(), samplerName, budget, seed, hv);
    }

    /** The history of one run. Not thread-safe. */
    static final class History implements StudyView {
        private final Objective objective;
        private final List<TrialSnapshot> trials = new ArrayList<>();

        History(Objective objective) {
            this.objective = objective;
        }

        void add(Config c, double[] f) {
            List<Double> values = new ArrayList<>();
            for (double v : f) {
                values.add(v);
            }
            int n = trials.size();
            Instant t = Instant.ofEpochSecond(n);
            trials.add(new TrialSnapshot(n + 1L, 1, n, TrialState.COMPLETE, c, n, f[0], new TreeMap<>(), Map.of(),
                    null, "bench", 0, t, t, t, values));
        }

        @Override
        public Objective objective() {
            return objective;
        }

        @Override
        public List<TrialSnapshot> trials() {
            return List.copyOf(trials);
        }
    }
}
