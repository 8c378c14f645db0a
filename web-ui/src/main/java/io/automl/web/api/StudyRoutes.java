package io.automl.web.api;

import io.automl.engine.StudyRecord;
import io.automl.engine.TrialStore;
import io.automl.space.SearchSpace;
import io.automl.space.SpaceSummary;
import io.automl.space.StudyName;
import io.automl.web.jobs.StudyJobs;
import io.automl.web.jobs.StudyRefusedException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Routes that validate spaces and create, list, show, cancel, resume and delete studies. Thread-safe.
 */
public final class StudyRoutes {
    private final TrialStore store;
    private final StudyJobs jobs;
    private final SpaceIntake intake;
    private final Views views;
    private final Bodies bodies;

    StudyRoutes(TrialStore store, StudyJobs jobs, SpaceIntake intake, Views views, Bodies bodies) {
        this.store = Objects.requireNonNull(store, "store");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.views = Objects.requireNonNull(views, "views");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
    }

    void register(Javalin app) {
        app.post("/api/spaces/validate", this::validate);
        app.post("/api/studies", this::create);
        app.get("/api/studies", ctx -> ctx.json(Map.of("studies",
                store.studies().stream().map(views::study).toList())));
        app.get("/api/studies/{name}", ctx -> ctx.json(views.study(find(store, ctx))));
        app.get("/api/studies/{name}/space", ctx -> {
            StudyRecord study = find(store, ctx);
            ctx.json(Map.of("study", study.name(), "text", study.spaceText()));
        });
        app.post("/api/studies/{name}/cancel", this::cancel);
        app.post("/api/studies/{name}/resume", this::resume);
        app.delete("/api/studies/{name}", this::delete);
    }

    /** The study named by the {@code name} path parameter, or a 404. */
    static StudyRecord find(TrialStore store, Context ctx) {
        String name = ctx.pathParam("name");
        return store.findStudy(name).orElseThrow(() -> ApiException.notFound("no study named '"
                + StudyName.shown(name) + "'"));
    }

    private void validate(Context ctx) {
        SearchSpace space = intake.parse(bodies.text(ctx));
        SpaceSummary s = SpaceSummary.of(space);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", s.name());
        summary.put("parameters", s.parameters());
        summary.put("dimensions", s.dimensions());
        summary.put("gridSize", s.gridSize().isPresent() ? s.gridSize().getAsLong() : null);
        summary.put("continuous", s.continuous());
        summary.put("description", s.toString());
        summary.put("trials", space.budget().trials());
        summary.put("metric", space.objective().metric());
        ctx.json(Map.of("valid", true, "summary", summary));
    }

    private void create(Context ctx) {
        String text = bodies.text(ctx);
        SearchSpace space = intake.parse(text);
        if (store.findStudy(space.name()).isPresent()) {
            throw ApiException.conflict("a study named '" + space.name() + "' already exists; change the"
                    + " \"name\" field, or resume it with POST /api/studies/" + space.name() + "/resume");
        }
        StudyRecord study;
        try {
            study = store.createStudy(space.name(), text, intake.baseDir().toString(), space.objective().direction());
        } catch (IllegalArgumentException taken) {
            throw ApiException.conflict("a study named '" + space.name() + "' already exists");
        }
        jobs.start(study, space);
        ctx.status(201).header("Location", "/api/studies/" + study.name());
        ctx.json(views.study(store.study(study.id()).orElse(study)));
    }

    private void cancel(Context ctx) throws InterruptedException {
        StudyRecord study = find(store, ctx);
        int cancelled = jobs.cancel(study);
        Map<String, Object> out = new LinkedHashMap<>(views.study(store.study(study.id()).orElse(study)));
        out.put("cancelledTrials", cancelled);
        ctx.json(out);
    }

    private void resume(Context ctx) {
        StudyRecord study = find(store, ctx);
        boolean started;
        try {
            started = jobs.resume(study);
        } catch (StudyRefusedException e) {
            throw new ApiException(403, "study '" + study.name() + "' cannot run on this server: " + e.getMessage());
        } catch (UnsupportedOperationException e) {
            throw ApiException.conflict(e.getMessage());
        }
        if (!started) {
            throw ApiException.conflict("study '" + study.name() + "' is already running");
        }
        ctx.status(202).json(views.study(store.study(study.id()).orElse(study)));
    }

    private void delete(Context ctx) {
        StudyRecord study = find(store, ctx);
        if (jobs.isRunning(study.id()) || store.counts(study.id()).running() > 0) {
            throw ApiException.conflict("study '" + study.name() + "' is running; cancel it first");
        }
        store.deleteStudy(study.id());
        ctx.status(204);
    }
}
