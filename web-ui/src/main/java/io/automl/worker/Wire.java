package io.automl.worker;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.automl.engine.Outcome;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The JSON shapes of the worker API, shared by the server routes and {@link RemoteTrialStore}: studies,
 * trial snapshots, outcomes (with a {@code type} discriminator: complete, pruned, failed, cancelled) and
 * value maps. Values keep their JSON types on the way back (integers as {@link Integer} or {@link Long},
 * fractions as {@link Double}, text, booleans), map keys keep their order, and instants travel as ISO-8601
 * text with full precision. Thread-safe (the mapper is only read after construction).
 */
public final class Wire {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    private final ObjectMapper json;

    public Wire(ObjectMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** The mapper used for every body. */
    public ObjectMapper mapper() {
        return json;
    }

    /** A study as JSON. */
    public ObjectNode study(StudyRecord s) {
        ObjectNode n = json.createObjectNode();
        n.put("id", s.id());
        n.put("name", s.name());
        n.put("spaceText", s.spaceText());
        n.put("baseDir", s.baseDir());
        n.put("direction", s.direction().name());
        n.put("state", s.state().name());
        n.put("createdAt", s.createdAt().toString());
        n.put("reason", s.reason());
        return n;
    }

    /** A study read back from {@link #study(StudyRecord)}. */
    public StudyRecord study(JsonNode n) {
        return new StudyRecord(n.get("id").asLong(), n.get("name").asText(), n.get("spaceText").asText(),
                n.get("baseDir").asText(), Direction.valueOf(n.get("direction").asText()),
                StudyState.valueOf(n.get("state").asText()), Instant.parse(n.get("createdAt").asText()),
                n.path("reason").asText(""));
    }

    /** A trial snapshot as JSON. */
    public ObjectNode trial(TrialSnapshot t) {
        ObjectNode n = json.createObjectNode();
        n.put("id", t.id());
        n.put("studyId", t.studyId());
        n.put("number", t.number());
        n.put("state", t.state().name());
        n.set("config", json.valueToTree(t.config().values()));
        n.put("seed", t.seed());
        if (t.value() == null) {
            n.putNull("value");
        } else {
            n.put("value", t.value());
        }
        ObjectNode steps = n.putObject("intermediate");
        t.intermediate().forEach((step, v) -> steps.put(Integer.toString(step), v));
        n.set("attributes", json.valueToTree(t.attributes()));
        n.put("reason", t.reason());
        n.put("worker", t.worker());
        n.put("attempt", t.attempt());
        n.put("createdAt", t.createdAt().toString());
        n.put("startedAt", t.startedAt() == null ? null : t.startedAt().toString());
        n.put("finishedAt", t.finishedAt() == null ? null : t.finishedAt().toString());
        return n;
    }

    /** A trial snapshot read back from {@link #trial(TrialSnapshot)}. */
    public TrialSnapshot trial(JsonNode n) {
        TreeMap<Integer, Double> steps = new TreeMap<>();
        n.get("intermediate").fields().forEachRemaining(e -> steps.put(Integer.parseInt(e.getKey()),
                e.getValue().asDouble()));
        JsonNode value = n.get("value");
        return new TrialSnapshot(n.get("id").asLong(), n.get("studyId").asLong(), n.get("number").asInt(),
                TrialState.valueOf(n.get("state").asText()), new Config(values(n.get("config"))),
                n.get("seed").asLong(), value == null || value.isNull() ? null : value.asDouble(), steps,
                values(n.get("attributes")), text(n, "reason"), text(n, "worker"), n.get("attempt").asInt(),
                Instant.parse(n.get("createdAt").asText()), instant(n, "startedAt"), instant(n, "finishedAt"));
    }

    /** An outcome as JSON with its {@code type}. */
    public ObjectNode outcome(Outcome o) {
        ObjectNode n = json.createObjectNode();
        if (o instanceof Outcome.Complete c) {
            n.put("type", "complete");
            n.put("value", c.value());
        } else if (o instanceof Outcome.Pruned p) {
            n.put("type", "pruned");
            if (p.value() == null) {
                n.putNull("value");
            } else {
                n.put("value", p.value());
            }
        } else if (o instanceof Outcome.Failed f) {
            n.put("type", "failed");
            n.put("reason", f.reason());
        } else if (o instanceof Outcome.Cancelled c) {
            n.put("type", "cancelled");
            n.put("reason", c.reason());
        } else {
            throw new IllegalArgumentException("outcome of unknown kind: " + o.getClass().getName());
        }
        n.set("attributes", json.valueToTree(o.attributes()));
        return n;
    }

    /** An outcome read back from {@link #outcome(Outcome)}; {@link IllegalArgumentException} for an unknown type. */
    public Outcome outcome(JsonNode n) {
        String type = n.path("type").asText("");
        Map<String, Object> attributes = n.has("attributes") ? values(n.get("attributes")) : Map.of();
        JsonNode value = n.path("value");
        switch (type) {
            case "complete":
                return new Outcome.Complete(value.asDouble(), attributes);
            case "pruned":
                return new Outcome.Pruned(value.isNull() || value.isMissingNode() ? null : value.asDouble(),
                        attributes);
            case "failed":
                return new Outcome.Failed(n.path("reason").asText(""), attributes);
            case "cancelled":
                return new Outcome.Cancelled(n.path("reason").asText(""));
            default:
                throw new IllegalArgumentException("outcome type must be complete, pruned, failed or cancelled: '"
                        + type + "'");
        }
    }

    /** A JSON object as an ordered map of plain Java values (null or missing: an empty map). */
    public Map<String, Object> values(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return new LinkedHashMap<>();
        }
        if (!n.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, got " + n.getNodeType());
        }
        return json.convertValue(n, MAP);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(JsonNode n, String field) {
        String t = text(n, field);
        return t == null ? null : Instant.parse(t);
    }
}
