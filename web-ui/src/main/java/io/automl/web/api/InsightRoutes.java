package io.automl.web.api;

import io.automl.engine.StudyRecord;
import io.automl.engine.insight.ParameterImportance;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a study's history says about its space: {@code GET /api/studies/{name}/importance}, the importance of each
 * varying parameter ({@link ParameterImportance}) with the method named and a warning below its minimum number of
 * complete trials. Thread-safe.
 */
final class InsightRoutes {
    private final io.automl.engine.TrialStore store;
    private final TrialLists lists;

    InsightRoutes(io.automl.engine.TrialStore store, TrialLists lists) {
        this.store = Objects.requireNonNull(store, "store");
        this.lists = Objects.requireNonNull(lists, "lists");
    }

    void register(Javalin app) {
        app.get("/api/studies/{name}/importance", this::importance);
    }

    private void importance(Context ctx) {
        StudyRecord study = StudyRoutes.find(store, ctx);
        ctx.json(json(study.name(), ParameterImportance.of(lists.of(study.id()))));
    }

    /** The JSON shape of an importance result. */
    static Map<String, Object> json(String study, ParameterImportance.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("study", study);
        out.put("method", r.method());
        out.put("trials", r.trials());
        out.put("minimumTrials", r.minimumTrials());
        out.put("warning", r.warning());
        List<Map<String, Object>> params = new ArrayList<>();
        for (ParameterImportance.Entry e : r.parameters()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("parameter", e.parameter());
            m.put("importance", e.share());
            m.put("omegaSquared", e.omegaSquared());
            m.put("bins", e.bins());
            m.put("present", e.present());
            params.add(m);
        }
        out.put("parameters", params);
        return out;
    }
}
