package io.automl.bench;

import io.automl.space.Budget;
import io.automl.space.Categorical;
import io.automl.space.Condition;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.EvaluatorSpec;
import io.automl.space.FloatRange;
import io.automl.space.IntRange;
import io.automl.space.Objective;
import io.automl.space.Param;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * A minimization test problem: a search space, the function, and its known minimum. The definitions
 * match {@code optuna_peer.py} exactly. Immutable.
 */
record Problem(String name, SearchSpace space, ToDoubleFunction<Config> f, double minimum) {

    static List<Problem> all() {
        return List.of(branin(), hartmann6(), rosenbrock4(), mixed10());
    }

    /** Branin on [-5, 10] x [0, 15]; minimum 0.397887. */
    static Problem branin() {
        return new Problem("branin", space(floats("x", 2, -5, 10).subList(0, 1), floats("y", 1, 0, 15)), c -> {
            double x1 = c.getDouble("x0");
            double x2 = c.getDouble("y0");
            double b = 5.1 / (4 * Math.PI * Math.PI);
            double t = x2 - b * x1 * x1 + 5 / Math.PI * x1 - 6;
            return t * t + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(x1) + 10;
        }, 0.397887);
    }

    /** Hartmann-6 on [0, 1]^6; minimum -3.32237. */
    static Problem hartmann6() {
        double[] alpha = {1.0, 1.2, 3.0, 3.2};
        double[][] a = {{10, 3, 17, 3.5, 1.7, 8}, {0.05, 10, 17, 0.1, 8, 14}, {3, 3.5, 1.7, 10, 17, 8},
            {17, 8, 0.05, 10, 0.1, 14}};
        double[][] p = {{1312, 1696, 5569, 124, 8283, 5886}, {2329, 4135, 8307, 3736, 1004, 9991},
            {2348, 1451, 3522, 2883, 3047, 6650}, {4047, 8828, 8732, 5743, 1091, 381}};
        return new Problem("hartmann6", space(floats("x", 6, 0, 1), List.of()), c -> {
            double sum = 0;
            for (int i = 0; i < 4; i++) {
                double inner = 0;
                for (int j = 0; j < 6; j++) {
                    double d = c.getDouble("x" + j) - p[i][j] * 1e-4;
                    inner += a[i][j] * d * d;
                }
                sum += alpha[i] * Math.exp(-inner);
            }
            return -sum;
        }, -3.32237);
    }

    /** Rosenbrock in 4 dimensions on [-5, 10]^4; minimum 0. */
    static Problem rosenbrock4() {
        return new Problem("rosenbrock4", space(floats("x", 4, -5, 10), List.of()), c -> {
            double s = 0;
            for (int i = 0; i < 3; i++) {
                double x = c.getDouble("x" + i);
                double y = c.getDouble("x" + (i + 1));
                s += 100 * (y - x * x) * (y - x * x) + (1 - x) * (1 - x);
            }
            return s;
        }, 0.0);
    }

    /**
     * Ten dimensions: a categorical {@code kind} (a, b, c), six floats in [-5, 5], an int in [1, 20], a
     * log-scaled learning rate in [1e-5, 1] and {@code cond} in [0, 1], active only for kind b. Minimum 0
     * at kind b, cond 0.3, x = 1, n = 7, lr = 1e-3.
     */
    static Problem mixed10() {
        List<Param> params = new ArrayList<>();
        params.add(new Param("kind", new Categorical(List.of("a", "b", "c")), Condition.ALWAYS));
        params.addAll(floats("x", 6, -5, 5));
        params.add(new Param("n", new IntRange(1, 20, false, 1), Condition.ALWAYS));
        params.add(new Param("lr", new FloatRange(1e-5, 1, true, 0), Condition.ALWAYS));
        params.add(new Param("cond", new FloatRange(0, 1, false, 0), new Condition.OneOf("kind", List.of("b"))));
        return new Problem("mixed10", space(params, List.of()), c -> {
            String kind = c.getString("kind");
            double v = kind.equals("a") ? 0.6 : kind.equals("c") ? 1.0 : 5 * Math.pow(c.getDouble("cond") - 0.3, 2);
            for (int i = 0; i < 6; i++) {
                v += Math.pow(c.getDouble("x" + i) - 1, 2) / 10;
            }
            v += Math.pow(c.getInt("n") - 7, 2) / 10;
            return v + Math.pow(Math.log10(c.getDouble("lr")) + 3, 2) / 4;
        }, 0.0);
    }

    private static List<Param> floats(String prefix, int n, double low, double high) {
        List<Param> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Param(prefix + i, new FloatRange(low, high, false, 0), Condition.ALWAYS));
        }
        return out;
    }

    private static SearchSpace space(List<Param> a, List<Param> b) {
        List<Param> params = new ArrayList<>(a);
        params.addAll(b);
        return new SearchSpace("bench", new Objective("f", Direction.MINIMIZE), null, new Budget(100, 1, 0, 1, 0),
                new SamplerSpec("bench", 0, Map.of()), PrunerSpec.none(), Optional.empty(), EvaluatorSpec.dl4j(),
                params, Optional.empty());
    }
}
