package io.automl.engine;

import io.automl.space.Constraint;
import io.automl.space.Objective;
import io.automl.space.SearchSpace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns an {@link Evaluation} into the stored outcome of a space with several objectives or with
 * constraints: every objective's value (the primary one is the evaluation's value unless its metrics name
 * it), the attribute {@link TrialSnapshot#FEASIBLE} and the summed {@code constraint_violation}. A missing
 * or non-finite metric fails the trial with a reason naming it. Stateless.
 */
final class ObjectiveReading {
    private ObjectiveReading() {
    }

    /** The outcome of a trial of {@code space} that {@code evaluation} scored. */
    static Outcome outcome(SearchSpace space, Evaluation evaluation) {
        Map<String, Double> metrics = new LinkedHashMap<>(evaluation.metrics());
        metrics.putIfAbsent(space.objective().metric(), evaluation.value());
        Map<String, Object> attrs = new LinkedHashMap<>(evaluation.attributes());
        List<Double> values = new ArrayList<>();
        for (Objective o : space.objectives()) {
            Double v = metrics.get(o.metric());
            String problem = problem(o.metric(), v, metrics);
            if (problem != null) {
                return new Outcome.Failed("objective " + problem, evaluation.attributes());
            }
            values.add(v);
        }
        double violation = 0;
        for (Constraint c : space.constraints()) {
            Double v = metrics.get(c.metric());
            String problem = problem(c.metric(), v, metrics);
            if (problem != null) {
                return new Outcome.Failed("constraint " + problem, evaluation.attributes());
            }
            violation += c.violation(v);
        }
        if (!space.constraints().isEmpty()) {
            attrs.put(TrialSnapshot.FEASIBLE, violation == 0);
            attrs.put("constraint_violation", violation);
        }
        return new Outcome.Complete(values.get(0), attrs, space.multiObjective() ? values : List.of());
    }

    private static String problem(String metric, Double v, Map<String, Double> metrics) {
        if (v == null) {
            return "'" + metric + "' was not reported by the evaluator (it reported: "
                    + String.join(", ", new TreeSet<>(metrics.keySet())) + ")";
        }
        if (!Double.isFinite(v)) {
            return "'" + metric + "' is not finite: " + v;
        }
        return null;
    }
}
