package io.automl.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.engine.schedule.InvalidScheduleException;
import io.automl.engine.schedule.ScheduleSpec;
import io.automl.engine.schedule.ScheduleBook;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;

/**
 * The schedule routes: list, create ({@code {"name"?, "space", "cron", "topK"?, "driftMargin"?}}, where
 * {@code space} is the search space as an object or as JSON/YAML text), delete, run now, and a schedule's run
 * history. Mutating routes are covered by the API's bearer-token check; invalid fields answer 400 with the
 * field's pointer. Thread-safe.
 */
public final class ScheduleRoutes {
    private final ScheduleBook schedules;
    private final SpaceIntake intake;
    private final ObjectMapper json;
    private final Bodies bodies;

    public ScheduleRoutes(ScheduleBook schedules, SpaceIntake intake, ObjectMapper json, long maxBodyBytes) {
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.json = Objects.requireNonNull(json, "json");
        this.bodies = new Bodies(maxBodyBytes);
    }

    /** Adds the routes and the mapping of invalid schedule fields to 400. */
    public void register(Javalin app) {
        app.get("/api/schedules", ctx -> ctx.json(schedules.list().stream().map(ScheduleRoutes::view).toList()));
        app.post("/api/schedules", this::create);
        app.delete("/api/schedules/{name}", ctx -> {
            if (!schedules.delete(ctx.pathParam("name"))) {
                throw ApiException.notFound("no schedule named '" + ctx.pathParam("name") + "'");
            }
            ctx.status(204);
        });
        app.post("/api/schedules/{name}/run", ctx -> {
            if (!schedules.runNow(ctx.pathParam("name"))) {
                throw ApiException.notFound("no schedule named '" + ctx.pathParam("name") + "'");
            }
            ctx.status(202).json(java.util.Map.of("schedule", ctx.pathParam("name"), "started", true));
        });
        app.get("/api/schedules/{name}/history", ctx -> {
            String name = ctx.pathParam("name");
            if (schedules.find(name).isEmpty()) {
                throw ApiException.notFound("no schedule named '" + name + "'");
            }
            ctx.json(java.util.Map.of("runs", schedules.history(name).stream().map(ScheduleRoutes::view).toList(),
                    "drift", schedules.drift(name).stream().map(ScheduleRoutes::view).toList()));
        });
        app.exception(InvalidScheduleException.class, (e, ctx) -> ctx.status(400).json(new ApiError(400,
                e.getMessage(), List.of(new ApiError.FieldError("/" + e.field(), e.getMessage(), null)))));
    }

    private void create(Context ctx) throws Exception {
        JsonNode body;
        try {
            body = json.readTree(bodies.text(ctx));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object with space and cron");
        }
        JsonNode space = body.get("space");
        if (space == null || space.isNull()) {
            throw new InvalidScheduleException("space", "a search space is required (an object or JSON/YAML text)");
        }
        String text = space.isTextual() ? space.asText() : json.writerWithDefaultPrettyPrinter().writeValueAsString(space);
        intake.parse(text);
        JsonNode cron = body.get("cron");
        String name = body.hasNonNull("name") ? body.get("name").asText() : null;
        int topK = intField(body, "topK", ScheduleSpec.DEFAULT_TOP_K);
        double margin = body.hasNonNull("driftMargin") ? numberField(body, "driftMargin")
                : ScheduleSpec.DEFAULT_DRIFT_MARGIN;
        ScheduleSpec spec = schedules.create(name, text, intake.baseDir(), cron == null || cron.isNull() ? null
                : cron.asText(), topK, margin);
        ctx.status(201).json(view(schedules.find(spec.name()).orElseThrow()));
    }

    /** A record as a JSON object with times as ISO-8601 text. */
    private static java.util.Map<String, Object> view(Record r) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
            out.put(c.getName(), v instanceof java.time.Instant i ? i.toString() : v instanceof Record nested
                    ? view(nested) : v);
        }
        return out;
    }

    private static int intField(JsonNode body, String field, int fallback) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            throw new InvalidScheduleException(field, "must be an integer, got " + n);
        }
        return n.asInt();
    }

    private static double numberField(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (!n.isNumber()) {
            throw new InvalidScheduleException(field, "must be a number, got " + n);
        }
        return n.asDouble();
    }
}
