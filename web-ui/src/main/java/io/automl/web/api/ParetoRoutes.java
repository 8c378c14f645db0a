package io.automl.web.api;

import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import io.automl.engine.pareto.FrontReport;
import io.automl.engine.pareto.HypervolumeHistory;
import io.automl.engine.pareto.ParetoFront;
import io.automl.space.SearchSpace;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /api/studies/{name}/pareto}: a multi-objective study's Pareto front ({@link FrontReport}), every
 * complete trial with its objective values, whether it is feasible and on the front (for the scatter plot), and
 * the hypervolume after each finished trial. A single-objective study answers the same with
 * {@code multiObjective: false} (its front is its best trials). Thread-safe.
 */
final class ParetoRoutes {
    private final TrialStore store;
    private final StudySpaces spaces;

    ParetoRoutes(TrialStore store, StudySpaces spaces) {
        this.store = Objects.requireNonNull(store, "store");
        this.spaces = Objects.requireNonNull(spaces, "spaces");
    }

    void register(Javalin app) {
        app.get("/api/studies/{name}/pareto", this::pareto);
    }

    private void pareto(Context ctx) {
        StudyRecord study = StudyRoutes.find(store, ctx);
        SearchSpace space = spaces.space(study);
        List<TrialSnapshot> trials = store.trials(study.id());
        ParetoFront front = ParetoFront.of(space.objectives(), trials);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("study", study.name());
        out.put("multiObjective", space.multiObjective());
        out.putAll(FrontReport.of(front));
        List<Map<String, Object>> all = new ArrayList<>();
        for (TrialSnapshot t : trials) {
            if (t.state() == TrialState.COMPLETE && t.objectiveValues().size() == space.objectives().size()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("trial", t.number());
                m.put("values", FrontReport.values(space.objectives(), t));
                m.put("feasible", t.feasible());
                m.put("front", front.contains(t));
                all.add(m);
            }
        }
        out.put("trials", all);
        List<Map<String, Object>> history = new ArrayList<>();
        for (HypervolumeHistory.Point p : HypervolumeHistory.of(space.objectives(), trials).points()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("trial", p.trial());
            m.put("at", p.at() == null ? null : p.at().toString());
            m.put("complete", p.complete());
            m.put("hypervolume", p.hypervolume());
            history.add(m);
        }
        out.put("history", history);
        ctx.json(out);
    }
}
