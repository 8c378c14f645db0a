package io.automl.worker.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.automl.engine.StaleTrialException;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.StudyName;
import io.automl.worker.Wire;
import io.javalin.Javalin;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The worker API under {@code /api/worker}: one endpoint per {@link TrialStore} operation, so that a worker
 * process runs the ordinary study loop against the server's store. Every request needs the bearer token,
 * also on loopback. Answers: JSON bodies in the shapes of {@link Wire}; a write to a trial the worker no
 * longer owns is 409 with {@code "kind": "stale"}; an invalid argument is 400 with
 * {@code "kind": "illegal-argument"}; a study that is not RUNNING gives no new trials to workers, and a
 * CANCELLED study's state cannot be changed by a worker (409, {@code "kind": "illegal-state"}). Artifacts
 * travel as raw bytes up to {@code maxArtifactBytes}. The transitions that land here (a trial started, claimed or
 * finished, a study's state set) are reported to the server's {@link Transitions}, so that watchers of a study run by
 * worker processes get the same live events as for trials run on the server's own threads. Registered on the web
 * server's Javalin app by the composition root, which also hands it the server's token check. Thread-safe.
 */
public final class WorkerRoutes {
    /** The default artifact size limit: 256 MB. */
    public static final long DEFAULT_MAX_ARTIFACT = 256L * 1024 * 1024;
    private static final String P = "/api/worker";
    private static final long MAX_JSON = 8L * 1024 * 1024;

    private final TrialStore store;
    private final Transitions events;
    private final Wire wire;
    private final Handler auth;
    private final long maxArtifactBytes;
    /** The trials this server handed to workers and not yet saw finish, by id: what a reported step belongs to. */
    private final Map<Long, TrialSnapshot> running = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Where the worker API reports the transitions it makes, so that the server's live events include them.
     * Implementations are thread-safe.
     */
    public interface Transitions {
        /** A trial was started, claimed, released or finished through the worker API. */
        void trialChanged(TrialSnapshot trial);

        /** A worker moved {@code study} to {@code state}; {@code details} holds the reason of a failure. */
        void studyState(StudyRecord study, String state, Map<String, Object> details);

        /** A running trial reported {@code value} at {@code step} (an epoch's score) through the worker API. */
        void trialReported(TrialSnapshot trial, int step, double value);
    }

    /**
     * The worker API over {@code store}; {@code authenticate} is the server's check of the bearer token (it must
     * refuse every request without it, reads included), {@code events} hears of the transitions.
     */
    public WorkerRoutes(TrialStore store, Transitions events, Wire wire, Handler authenticate, long maxArtifactBytes) {
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
        this.wire = Objects.requireNonNull(wire, "wire");
        this.auth = Objects.requireNonNull(authenticate, "authenticate");
        if (maxArtifactBytes < 1) {
            throw new IllegalArgumentException("maxArtifactBytes must be >= 1: " + maxArtifactBytes);
        }
        this.maxArtifactBytes = maxArtifactBytes;
    }

    /** Adds the worker API's routes to {@code app}. */
    public void register(Javalin app) {
        app.before(P + "/*", auth);
        app.get(P + "/studies", guard(this::studies));
        app.get(P + "/studies/{id}", guard(ctx -> optional(ctx, store.study(id(ctx)).map(wire::study))));
        app.get(P + "/study-named/{name}", guard(ctx -> optional(ctx,
                store.findStudy(ctx.pathParam("name")).map(wire::study))));
        app.put(P + "/studies/{id}/state", guard(this::setState));
        app.post(P + "/studies/{id}/start", guard(this::startTrial));
        app.post(P + "/studies/{id}/enqueue", guard(ctx -> {
            JsonNode b = body(ctx);
            json(ctx, wire.trial(store.enqueue(id(ctx), config(b), b.get("seed").asLong())));
        }));
        app.post(P + "/studies/{id}/claim", guard(this::claim));
        app.post(P + "/studies/{id}/release", guard(this::release));
        app.get(P + "/studies/{id}/trials", guard(ctx -> json(ctx, trials(store.trials(id(ctx))))));
        app.get(P + "/studies/{id}/trials-since", guard(this::trialsSince));
        app.get(P + "/studies/{id}/trials/{number}", guard(ctx -> optional(ctx,
                store.trial(id(ctx), (int) number("number", ctx.pathParam("number"), 0, Integer.MAX_VALUE))
                        .map(wire::trial))));
        app.get(P + "/studies/{id}/counts", guard(ctx -> ctx.json(store.counts(id(ctx)))));
        app.get(P + "/studies/{id}/leaderboard", guard(ctx -> json(ctx, trials(store.leaderboard(id(ctx),
                Direction.fromWire(ctx.queryParam("direction")),
                (int) number("limit", ctx.queryParam("limit"), 0, Integer.MAX_VALUE))))));
        app.post(P + "/trials/{id}/heartbeat", guard(ctx -> {
            JsonNode b = body(ctx);
            boolean owned = store.heartbeat(id(ctx), b.get("worker").asText(), Duration.ofMillis(b.get("leaseMillis")
                    .asLong()));
            json(ctx, wire.mapper().createObjectNode().put("owned", owned));
        }));
        app.post(P + "/trials/{id}/intermediate", guard(ctx -> {
            JsonNode b = body(ctx);
            long trial = id(ctx);
            int step = b.get("step").asInt();
            double value = b.get("value").asDouble();
            store.reportIntermediate(trial, b.get("worker").asText(), step, value);
            TrialSnapshot handed = running.get(trial);
            if (handed != null) {
                events.trialReported(handed, step, value);
            }
            ctx.status(204);
        }));
        app.post(P + "/trials/{id}/finish", guard(ctx -> {
            JsonNode b = body(ctx);
            TrialSnapshot done = store.finish(id(ctx), b.get("worker").asText(), wire.outcome(b.get("outcome")));
            running.remove(done.id());
            events.trialChanged(done);
            json(ctx, wire.trial(done));
        }));
        app.post(P + "/trials/{id}/attributes", guard(ctx -> {
            store.addAttributes(id(ctx), wire.values(body(ctx).get("attributes")));
            ctx.status(204);
        }));
        app.put(P + "/trials/{id}/artifacts/{artifact}", guard(ctx -> {
            store.putArtifact(id(ctx), ctx.pathParam("artifact"), bytes(ctx, maxArtifactBytes));
            ctx.status(204);
        }));
        app.get(P + "/trials/{id}/artifacts/{artifact}", guard(this::artifact));
        app.delete(P + "/trials/{id}/artifacts/{artifact}", guard(ctx -> json(ctx, wire.mapper().createObjectNode()
                .put("deleted", store.deleteArtifact(id(ctx), ctx.pathParam("artifact"))))));
    }

    private void studies(Context ctx) {
        String state = ctx.queryParam("state");
        ArrayNode out = wire.mapper().createArrayNode();
        for (StudyRecord s : store.studies()) {
            if (state == null || s.state().name().equals(state)) {
                out.add(wire.study(s));
            }
        }
        json(ctx, out);
    }

    /**
     * A worker moves a RUNNING study on (to COMPLETE when its budget is reached, to FAILED with a reason) and
     * repeats a state it already has; only a user resumes a stopped study, through the checks of the study API.
     */
    private void setState(Context ctx) {
        long id = id(ctx);
        JsonNode b = body(ctx);
        StudyState state = StudyState.valueOf(b.get("state").asText());
        Optional<StudyRecord> now = store.study(id);
        if (now.isPresent() && now.get().state() == StudyState.CANCELLED && state != StudyState.CANCELLED) {
            throw new WorkerConflict("illegal-state", "study '" + now.get().name()
                    + "' was cancelled; only a user can resume it");
        }
        if (now.isPresent() && now.get().state() != StudyState.RUNNING && now.get().state() != state) {
            throw new WorkerConflict("illegal-state", "study '" + now.get().name() + "' is " + now.get().state()
                    + "; only a user can resume it");
        }
        if (state == StudyState.FAILED) {
            String reason = b.path("reason").asText("failed in a worker");
            store.failStudy(id, reason);
            now.ifPresent(s -> events.studyState(s, state.name(), Map.of("reason", reason)));
        } else {
            store.setStudyState(id, state);
            now.ifPresent(s -> events.studyState(s, state.name(), Map.of()));
        }
        ctx.status(204);
    }

    private void startTrial(Context ctx) {
        long id = id(ctx);
        JsonNode b = body(ctx);
        Optional<TrialSnapshot> t = runnable(id) ? store.startTrial(id, b.get("maxTrials").asInt(), config(b),
                b.get("seed").asLong(), b.get("worker").asText(), lease(b)) : Optional.empty();
        optionalTrial(ctx, t);
    }

    private void claim(Context ctx) {
        long id = id(ctx);
        JsonNode b = body(ctx);
        optionalTrial(ctx, runnable(id) ? store.claimWaiting(id, b.get("worker").asText(), lease(b)) : Optional.empty());
    }

    private void release(Context ctx) {
        JsonNode b = body(ctx);
        JsonNode now = b.get("now");
        Instant at = now == null || now.isNull() ? null : Instant.parse(now.asText());
        int n = store.releaseRunning(id(ctx), at, b.get("maxAttempts").asInt(), b.get("reason").asText());
        json(ctx, wire.mapper().createObjectNode().put("released", n));
    }

    private void trialsSince(Context ctx) {
        String states = ctx.queryParam("states");
        List<TrialState> list = states == null || states.isEmpty() ? List.of()
                : Arrays.stream(states.split(",")).map(TrialState::valueOf).toList();
        json(ctx, trials(store.trialsSince(id(ctx), number("after", ctx.queryParam("after"), Long.MIN_VALUE,
                Long.MAX_VALUE), list)));
    }

    private void artifact(Context ctx) {
        Optional<byte[]> data = store.artifact(id(ctx), ctx.pathParam("artifact"));
        if (data.isEmpty()) {
            ctx.status(404).json(Map.of("status", 404, "message", "no artifact '" + ctx.pathParam("artifact") + "'"));
            return;
        }
        ctx.contentType("application/octet-stream").result(data.get());
    }

    /** Only RUNNING studies hand out trials to workers. */
    private boolean runnable(long studyId) {
        return store.study(studyId).map(s -> s.state() == StudyState.RUNNING).orElse(false);
    }

    /** Answers a trial that was started or claimed, if any, after reporting its start. */
    private void optionalTrial(Context ctx, Optional<TrialSnapshot> t) {
        t.ifPresent(events::trialChanged);
        t.ifPresent(handed -> running.put(handed.id(), handed));
        optional(ctx, t.map(wire::trial));
    }

    /** Answers {@code {"found": bool, "value": ...}} so that absence is not confused with a missing route. */
    private void optional(Context ctx, Optional<ObjectNode> value) {
        ObjectNode out = wire.mapper().createObjectNode();
        out.put("found", value.isPresent());
        value.ifPresent(v -> out.set("value", v));
        json(ctx, out);
    }

    private ArrayNode trials(List<TrialSnapshot> list) {
        ArrayNode out = wire.mapper().createArrayNode();
        list.forEach(t -> out.add(wire.trial(t)));
        return out;
    }

    private Config config(JsonNode body) {
        return new Config(wire.values(body.get("config")));
    }

    private static Duration lease(JsonNode body) {
        return Duration.ofMillis(body.get("leaseMillis").asLong());
    }

    private static long id(Context ctx) {
        return number("id", ctx.pathParam("id"), 0, Long.MAX_VALUE);
    }

    /** The parameter {@code name}'s {@code text} as an integer in [min, max], else an exception naming both. */
    private static long number(String name, String text, long min, long max) {
        long n;
        try {
            n = Long.parseLong(String.valueOf(text).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer in " + min + ".." + max + ", got '"
                    + StudyName.shown(String.valueOf(text)) + "'", e);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", got " + n);
        }
        return n;
    }

    private void json(Context ctx, JsonNode node) {
        try {
            ctx.contentType("application/json").result(wire.mapper().writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode body(Context ctx) {
        try {
            JsonNode n = wire.mapper().readTree(bytes(ctx, MAX_JSON));
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException("the request body must be a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new IllegalArgumentException("the request body is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(Context ctx, long limit) {
        if (ctx.req().getContentLengthLong() > limit) {
            throw new ContentTooLargeResponse("the request body is larger than " + limit + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (data.length > limit) {
                throw new ContentTooLargeResponse("the request body is larger than " + limit + " bytes");
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    /** Maps the store's stale-write and argument errors to answers the remote store turns back into exceptions. */
    private Handler guard(Handler h) {
        return ctx -> {
            try {
                h.handle(ctx);
            } catch (StaleTrialException e) {
                error(ctx, 409, "stale", e.getMessage());
            } catch (WorkerConflict e) {
                error(ctx, 409, e.kind, e.getMessage());
            } catch (IllegalArgumentException | NullPointerException e) {
                error(ctx, 400, "illegal-argument", String.valueOf(e.getMessage()));
            }
        };
    }

    private void error(Context ctx, int status, String kind, String message) {
        ObjectNode n = wire.mapper().createObjectNode();
        n.put("status", status);
        n.put("kind", kind);
        n.put("message", message);
        ctx.status(status);
        json(ctx, n);
    }

    /** A request the store's state does not allow, answered 409 with its kind. */
    private static final class WorkerConflict extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String kind;

        WorkerConflict(String kind, String message) {
            super(message);
            this.kind = kind;
        }
    }
}
