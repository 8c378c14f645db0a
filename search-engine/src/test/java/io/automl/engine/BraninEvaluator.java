package io.automl.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real objective: the Branin function of {@code x1}, {@code x2} (minimum 0.397887), "trained" over
 * {@code steps} steps whose reported value converges to it, with an optional pause per step. Stores the
 * configuration as its {@code model} artifact and re-scores it on "test" from that artifact. Faults can be
 * injected per trial number. Thread-safe.
 */
class BraninEvaluator implements Evaluator {
    /** Faults injectable by trial number. */
    enum Fault { THROW, OOM, NAN, STACK_OVERFLOW }

    final Set<String> workers = ConcurrentHashMap.newKeySet();
    final Set<Integer> threads = ConcurrentHashMap.newKeySet();
    private final int steps;
    private final long pauseMillis;
    private final Map<Integer, Fault> faults;

    BraninEvaluator(int steps, long pauseMillis, Map<Integer, Fault> faults) {
        this.steps = steps;
        this.pauseMillis = pauseMillis;
        this.faults = Map.copyOf(faults);
    }

    static double branin(double x1, double x2) {
        double b = 5.1 / (4 * Math.PI * Math.PI);
        double c = 5 / Math.PI;
        double t = 1 / (8 * Math.PI);
        return Math.pow(x2 - b * x1 * x1 + c * x1 - 6, 2) + 10 * (1 - t) * Math.cos(x1) + 10;
    }

    @Override
    public Evaluation evaluate(Trial trial) throws Exception {
        workers.add(Thread.currentThread().getName());
        threads.add(trial.threads());
        Fault fault = faults.get(trial.number());
        if (fault == Fault.THROW) {
            throw new IllegalStateException("bad batch size", new IOException("disk full"));
        } else if (fault == Fault.OOM) {
            long[][] huge = new long[Integer.MAX_VALUE][];
            return new Evaluation(huge.length, Map.of(), Map.of());
        } else if (fault == Fault.STACK_OVERFLOW) {
            return new Evaluation(recurse(0), Map.of(), Map.of());
        }
        double f = branin(trial.config().getDouble("x1"), trial.config().getDouble("x2"));
        for (int step = 1; step <= steps; step++) {
            double value = f * (1 + (double) (steps - step) / steps);
            trial.report(step, value);
            if (trial.shouldPrune()) {
                throw new TrialPrunedException(step, value);
            }
            if (pauseMillis > 0) {
                Thread.sleep(pauseMillis);
            }
        }
        double value = fault == Fault.NAN ? Double.NaN : f;
        byte[] model = (trial.config().getDouble("x1") + "," + trial.config().getDouble("x2"))
                .getBytes(StandardCharsets.UTF_8);
        return new Evaluation(value, Map.of("steps", steps, "threads", trial.threads()), Map.of("model", model));
    }

    @Override
    public Map<String, Object> scoreOnTest(TrialSnapshot trial, Map<String, byte[]> artifacts) {
        String[] xy = new String(artifacts.get("model"), StandardCharsets.UTF_8).split(",");
        return Map.of("test_branin", branin(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
