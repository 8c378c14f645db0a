package io.automl.engine.pareto;

import io.automl.engine.TrialSnapshot;
import io.automl.space.Objective;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A study's Pareto front as plain maps and lists (JSON-ready for the command line and the API):
 * {@code objectives} ([{metric, direction, reference}]), {@code reference} (the point used), whether it was
 * {@code referenceStated} by the space, {@code hypervolume}, {@code candidates} (complete feasible trials) and
 * {@code pareto}: [{trial, values: {metric: value}, config}], ordered by the first objective. Stateless.
 */
public final class FrontReport {
    private FrontReport() {
    }

    /** The report of {@code front}. */
    public static Map<String, Object> of(ParetoFront front) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> objectives = new ArrayList<>();
        for (Objective o : front.objectives()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", o.metric());
            m.put("direction", o.direction().wireName());
            m.put("reference", o.reference());
            objectives.add(m);
        }
        out.put("objectives", objectives);
        out.put("reference", front.reference());
        out.put("referenceStated", ReferencePoint.stated(front.objectives()));
        out.put("hypervolume", front.hypervolume());
        out.put("candidates", front.candidates());
        List<Map<String, Object>> pareto = new ArrayList<>();
        for (TrialSnapshot t : front.trials()) {
            pareto.add(trial(front.objectives(), t));
        }
        out.put("pareto", pareto);
        return out;
    }

    /** One trial as {trial, values: {metric: value}, config}. */
    public static Map<String, Object> trial(List<Objective> objectives, TrialSnapshot t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trial", t.number());
        m.put("values", values(objectives, t));
        m.put("config", t.config().values());
        return m;
    }

    /** The trial's objective values by metric name; empty when it has none. */
    public static Map<String, Double> values(List<Objective> objectives, TrialSnapshot t) {
        Map<String, Double> v = new LinkedHashMap<>();
        List<Double> values = t.objectiveValues();
        for (int i = 0; i < objectives.size() && i < values.size(); i++) {
            v.put(objectives.get(i).metric(), values.get(i));
        }
        return v;
    }
}
