package io.automl.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The OpenAPI 3.0 description of the REST API. Each operation is listed once here; a test checks that
 * the server registers exactly these routes. Immutable.
 */
public final class OpenApiDocument {
    /** One documented operation: method, path (with {@code {param}}s), summary, query parameters, body kind. */
    public record Operation(String method, String path, String summary, List<String> query, String body,
            String success) {
        public Operation {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(summary, "summary");
            query = List.copyOf(query);
            Objects.requireNonNull(success, "success");
        }
    }

    private static final String SPACE = "space";
    private static final String WORKER = "worker";

    private final List<Operation> operations = List.of(
            op("GET", "/api/health", "Liveness: the server and its store answer", List.of(), null, "200"),
            op("GET", "/api/version", "Server, Java and library versions", List.of(), null, "200"),
            op("GET", "/api/openapi.json", "This document", List.of(), null, "200"),
            op("GET", "/api/examples", "The bundled example search spaces", List.of(), null, "200"),
            op("POST", "/api/spaces/validate", "Validate a search space (JSON or YAML body)", List.of(), SPACE, "200"),
            op("POST", "/api/studies", "Create a study from a search space and start it", List.of(), SPACE, "201"),
            op("GET", "/api/studies", "Every study with state, best value, counts and timing", List.of(), null,
                    "200"),
            op("GET", "/api/studies/{name}", "One study", List.of(), null, "200"),
            op("GET", "/api/studies/{name}/space", "The search space text a study was created from", List.of(), null,
                    "200"),
            op("POST", "/api/studies/{name}/cancel", "Stop a study's run and cancel its waiting trials", List.of(),
                    null, "200"),
            op("POST", "/api/studies/{name}/resume", "Run a stopped study again", List.of(), null, "202"),
            op("DELETE", "/api/studies/{name}", "Delete a study", List.of(), null, "204"),
            op("GET", "/api/studies/{name}/leaderboard", "The best complete trials", List.of("top"), null, "200"),
            op("GET", "/api/studies/{name}/trials", "A page of trials",
                    List.of("offset", "limit", "sort", "state"), null, "200"),
            op("GET", "/api/studies/{name}/trials/{number}", "One trial with its intermediate values", List.of(),
                    null, "200"),
            op("GET", "/api/studies/{name}/history",
                    "Finished trials' state, value and configuration (an even sample beyond `points`, default 1000)"
                    + " and the exact best-so-far line", List.of("points"), null, "200"),
            op("GET", "/api/studies/{name}/pareto",
                    "A multi-objective study's Pareto front (non-dominated feasible complete trials), its hypervolume"
                    + " against the reference point, every complete trial's values and the hypervolume over time"
                    + " (a single-objective study's front is its best trials)", List.of(), null, "200"),
            op("GET", "/api/studies/{name}/curves", "Learning curves of the top, the latest pruned and"
                    + " the running trials",
                    List.of("top"), null, "200"),
            op("GET", "/api/studies/{name}/importance", "Parameter importance over the complete trials, with its"
                    + " method and a warning below the minimum number of trials", List.of(), null, "200"),
            op("GET", "/api/studies/{name}/parameters", "The searched dimensions: type, range, log scale, choices"
                    + " and whether conditional", List.of(), null, "200"),
            op("POST", "/api/backup", "A consistent zip of the embedded H2 database (studies, trials, schedules,"
                    + " models) taken while the server runs; 409 on PostgreSQL (use pg_dump)", List.of(), null, "200"),
            op("GET", "/api/studies/{name}/export", "Download a trial's model bundle (zip; default the best)",
                    List.of("trial"), null, "200"),
            op("GET", "/api/studies/{name}/events",
                    "Live events: server-sent events with Accept: text/event-stream (first replaying the kept events"
                    + " after `after` or Last-Event-ID when given), else JSON polling of the kept events after `after`",
                    List.of("after"), null, "200"),
            op("POST", "/api/datasets", "Store a named data set: the body is a CSV file, a zip of class folders of"
                    + " images or a zip of an IDX image and label pair (413 beyond the server's upload limit)",
                    List.of("name"), null, "201"),
            op("GET", "/api/datasets", "Every named data set: type, rows or images per class, columns or classes,"
                    + " size and SHA-256", List.of(), null, "200"),
            op("GET", "/api/datasets/{name}", "One named data set", List.of(), null, "200"),
            op("GET", "/api/datasets/{name}/thumbnails", "Up to 3 images per class of an image set, 64 px, as data"
                    + " URLs", List.of(), null, "200"),
            op("DELETE", "/api/datasets/{name}", "Remove a named data set that no running study uses (409 else)",
                    List.of(), null, "200"),
            op("GET", "/api/schedules", "Every recurring search with its next fire, latest study and champion",
                    List.of(), null, "200"),
            op("POST", "/api/schedules", "Schedule a recurring search: {name?, space, cron, topK?, driftMargin?}",
                    List.of(), "schedule", "201"),
            op("DELETE", "/api/schedules/{name}", "Delete a schedule and its history (its studies stay)", List.of(),
                    null, "204"),
            op("POST", "/api/schedules/{name}/run", "Run a schedule now", List.of(), null, "202"),
            op("GET", "/api/schedules/{name}/history", "A schedule's runs (champion history) and drift events",
                    List.of(), null, "200"),
            op("GET", "/api/worker/studies", "Worker: studies (RUNNING ones to work on) with space text and base"
                    + " directory", List.of("state"), null, "200"),
            op("GET", "/api/worker/studies/{id}", "Worker: one study by id", List.of(), null, "200"),
            op("GET", "/api/worker/study-named/{name}", "Worker: one study by name", List.of(), null, "200"),
            op("PUT", "/api/worker/studies/{id}/state", "Worker: move a RUNNING study on (COMPLETE, or FAILED with a"
                    + " reason)", List.of(), WORKER, "204"),
            op("POST", "/api/worker/studies/{id}/start", "Worker: start a newly sampled trial within the budget",
                    List.of(), WORKER, "200"),
            op("POST", "/api/worker/studies/{id}/enqueue", "Worker: add a WAITING trial", List.of(), WORKER, "200"),
            op("POST", "/api/worker/studies/{id}/claim", "Worker: claim the lowest WAITING trial", List.of(), WORKER,
                    "200"),
            op("POST", "/api/worker/studies/{id}/release", "Worker: release RUNNING trials whose lease expired",
                    List.of(), WORKER, "200"),
            op("GET", "/api/worker/studies/{id}/trials", "Worker: every trial", List.of(), null, "200"),
            op("GET", "/api/worker/studies/{id}/trials-since", "Worker: trials after an id in some states",
                    List.of("after", "states"), null, "200"),
            op("GET", "/api/worker/studies/{id}/trials/{number}", "Worker: one trial", List.of(), null, "200"),
            op("GET", "/api/worker/studies/{id}/counts", "Worker: trial counts per state", List.of(), null, "200"),
            op("GET", "/api/worker/studies/{id}/leaderboard", "Worker: the best complete trials",
                    List.of("direction", "limit"), null, "200"),
            op("POST", "/api/worker/trials/{id}/heartbeat", "Worker: renew a trial's lease (owned: false when lost)",
                    List.of(), WORKER, "200"),
            op("POST", "/api/worker/trials/{id}/intermediate", "Worker: report an intermediate value", List.of(),
                    WORKER, "204"),
            op("POST", "/api/worker/trials/{id}/finish", "Worker: finish a trial with an outcome (type: complete,"
                    + " pruned, failed, cancelled); 409 when the worker no longer owns it", List.of(), WORKER, "200"),
            op("POST", "/api/worker/trials/{id}/attributes", "Worker: merge attributes into a trial", List.of(),
                    WORKER, "204"),
            op("PUT", "/api/worker/trials/{id}/artifacts/{artifact}", "Worker: store a binary artifact (up to 256 MB)",
                    List.of(), "binary", "204"),
            op("GET", "/api/worker/trials/{id}/artifacts/{artifact}", "Worker: read a binary artifact", List.of(),
                    null, "200"),
            op("DELETE", "/api/worker/trials/{id}/artifacts/{artifact}", "Worker: delete an artifact", List.of(), null,
                    "200"));

    private static Operation op(String method, String path, String summary, List<String> query, String body,
            String success) {
        return new Operation(method, path, summary, query, body, success);
    }

    /** The document as a JSON-compatible map. */
    public Map<String, Object> toMap(String version) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Operation o : operations) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(o.path(),
                    k -> new LinkedHashMap<String, Object>());
            item.put(o.method().toLowerCase(Locale.ROOT), operation(o));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "AutoML search service", "version", version, "description",
                "Hyperparameter and architecture search for DL4J networks. Every request but GET /api/health"
                        + " needs 'Authorization: Bearer <token>' (reads outside /api/worker do not when the server"
                        + " runs with --open-reads). A request whose Host header is not a name of the server is"
                        + " answered 421."));
        doc.put("paths", paths);
        doc.put("components", Map.of(
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer")),
                "schemas", Map.of("Error", errorSchema())));
        return doc;
    }

    private static Map<String, Object> operation(Operation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", o.summary());
        List<Map<String, Object>> params = new ArrayList<>();
        for (String segment : o.path().split("/")) {
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                params.add(Map.of("name", name, "in", "path", "required", true, "schema",
                        Map.of("type", name.equals("number") ? "integer" : "string")));
            }
        }
        for (String q : o.query()) {
            params.add(Map.of("name", q, "in", "query", "required", false, "schema",
                    Map.of("type", q.equals("sort") || q.equals("state") ? "string" : "integer")));
        }
        if (!params.isEmpty()) {
            m.put("parameters", params);
        }
        if (WORKER.equals(o.body()) || "binary".equals(o.body())) {
            m.put("requestBody", Map.of("required", true, "content", WORKER.equals(o.body())
                    ? Map.of("application/json", Map.of("schema", Map.of("type", "object")))
                    : Map.of("application/octet-stream", Map.of("schema", Map.of("type", "string", "format",
                            "binary")))));
        } else if (o.body() != null) {
            Map<String, Object> schema = Map.of("type", "string", "description", "a search space, format v1");
            m.put("requestBody", Map.of("required", true, "content", Map.of(
                    "application/json", Map.of("schema", Map.of("type", "object")),
                    "application/yaml", Map.of("schema", schema))));
        }
        boolean open = o.path().equals("/api/health");
        if (!open) {
            m.put("security", List.of(Map.of("bearer", List.of())));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        String kind = o.path().endsWith("/export") ? "application/zip" : o.path().endsWith("/events")
                ? "text/event-stream" : "application/json";
        responses.put(o.success(), Map.of("description", "success", "content", Map.of(kind, Map.of())));
        Map<String, Object> error = Map.of("description", "error", "content", Map.of("application/json",
                Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
        if (o.body() != null) {
            responses.put("400", error);
            responses.put("413", error);
        }
        if (!open) {
            responses.put("401", error);
        }
        if (o.path().contains("{name}")) {
            responses.put("404", error);
        }
        m.put("responses", responses);
        return m;
    }

    private static Map<String, Object> errorSchema() {
        Map<String, Object> fieldError = Map.of("type", "object", "properties", Map.of(
                "pointer", Map.of("type", "string"), "message", Map.of("type", "string"), "value", Map.of()));
        return Map.of("type", "object", "required", List.of("status", "message"), "properties", Map.of(
                "status", Map.of("type", "integer"), "message", Map.of("type", "string"),
                "errors", Map.of("type", "array", "items", fieldError)));
    }
}
