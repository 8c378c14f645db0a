package io.automl.web.api;

import io.automl.engine.StudyRecord;
import io.automl.engine.insight.ParameterImportance;
import io.automl.space.Categorical;
import io.automl.space.Condition;
import io.automl.space.Constant;
import io.automl.space.Dimension;
import io.automl.space.Distribution;
import io.automl.space.FloatRange;
import io.automl.space.IntRange;
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
 * complete trials; and {@code GET /api/studies/{name}/parameters}, the searched dimensions with their types,
 * ranges, log scales and choices, so that plots draw true axes. Thread-safe.
 */
final class InsightRoutes {
    private final io.automl.engine.TrialStore store;
    private final TrialLists lists;
    private final StudySpaces spaces;

    InsightRoutes(io.automl.engine.TrialStore store, TrialLists lists, StudySpaces spaces) {
        this.store = Objects.requireNonNull(store, "store");
        this.lists = Objects.requireNonNull(lists, "lists");
        this.spaces = Objects.requireNonNull(spaces, "spaces");
    }

    void register(Javalin app) {
        app.get("/api/studies/{name}/importance", this::importance);
        app.get("/api/studies/{name}/parameters", this::parameters);
    }

    private void parameters(Context ctx) {
        StudyRecord study = StudyRoutes.find(store, ctx);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Dimension d : spaces.space(study).dimensions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", d.key());
            m.put("conditional", d.condition() != Condition.ALWAYS && !d.condition().keys().isEmpty());
            Distribution dist = d.distribution();
            if (dist instanceof FloatRange f) {
                m.put("type", "float");
                m.put("low", f.low());
                m.put("high", f.high());
                m.put("log", f.log());
            } else if (dist instanceof IntRange i) {
                m.put("type", "int");
                m.put("low", i.low());
                m.put("high", i.high());
                m.put("log", i.log());
            } else if (dist instanceof Categorical c) {
                m.put("type", "categorical");
                m.put("values", c.values());
            } else if (dist instanceof Constant c) {
                m.put("type", "constant");
                m.put("values", List.of(c.value()));
            }
            out.add(m);
        }
        ctx.json(Map.of("study", study.name(), "parameters", out));
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
