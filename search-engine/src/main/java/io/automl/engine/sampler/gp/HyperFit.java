package io.automl.engine.sampler.gp;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * Fits the kernel hyperparameters by maximum a-posteriori marginal likelihood ({@link Likelihood}): Commons
 * Math's non-linear conjugate gradient (Polak–Ribière) from the prior means and from {@code restarts} random
 * starting points drawn from the caller's generator, each run limited to {@link #EVALUATIONS} likelihood
 * evaluations; the best point any run visited wins. Deterministic given the generator. Not thread-safe (one
 * instance per proposal).
 */
final class HyperFit {
    /** Likelihood evaluations per run (value-only evaluations of the line search included). */
    static final int EVALUATIONS = 60;

    private final Likelihood likelihood;
    private final Prior prior;
    private final int width;
    private double[] best;
    private double bestValue = Double.POSITIVE_INFINITY;

    HyperFit(double[][] x, double[] y, Prior prior) {
        this.likelihood = new Likelihood(x, y, prior);
        this.prior = prior;
        this.width = prior.width();
    }

    /** The best hyperparameters found. */
    Hyper fit(int restarts, RandomGenerator random) {
        Hyper start = prior.mode();
        run(start.theta());
        for (int r = 0; r < restarts; r++) {
            double[] t = start.theta();
            for (int d = 0; d < width; d++) {
                t[d] = Math.log(0.05) + random.nextDouble() * Math.log(40);
            }
            t[width] = random.nextDouble() * 2 - 1;
            t[width + 1] = Math.log(1e-6) + random.nextDouble() * Math.log(1e5);
            run(t);
        }
        return new Hyper(best);
    }

    private void run(double[] start) {
        NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-6, 1e-6),
                1e-4, 1e-4, 1e-2);
        try {
            optimizer.optimize(new MaxEval(EVALUATIONS), GoalType.MINIMIZE, new InitialGuess(start),
                    new ObjectiveFunction(this::track), new ObjectiveFunctionGradient(likelihood::gradient));
        } catch (MathIllegalStateException budgetSpent) {
            // the evaluation budget ran out (or the line search could not bracket): the best point seen stands
        }
    }

    private double track(double[] theta) {
        double v = likelihood.value(theta);
        if (v < bestValue || best == null) {
            bestValue = v;
            best = theta.clone();
        }
        return v;
    }
}
