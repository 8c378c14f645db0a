package io.automl.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.automl.engine.Outcome;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON shapes of the worker API, shared by the server routes and {@link RemoteTrialStore}: studies and
 * trial snapshots as their record fields, outcomes with a {@code type} name (complete, pruned, failed,
 * cancelled), directions by their wire names, and value maps. Values keep their JSON types on the way back
 * (integers as {@link Integer} or {@link Long}, fractions as {@link Double}, text, booleans), map keys keep
 * their order, and instants travel as ISO-8601 text with full precision. A body that does not fit its shape
 * is an {@link IllegalArgumentException}. Thread-safe (the mapper is only read after construction).
 */
public final class Wire {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    private final ObjectMapper json;

    /** Uses a copy of {@code json} configured for the worker API's shapes; {@code json} itself is left as it is. */
    public Wire(ObjectMapper json) {
        this.json = Objects.requireNonNull(json, "json").copy()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addMixIn(Outcome.class, WireMixins.OutcomeShape.class)
                .addMixIn(Config.class, WireMixins.ConfigShape.class)
                .addMixIn(Direction.class, WireMixins.DirectionShape.class);
    }

    /** The mapper used for every body. */
    public ObjectMapper mapper() {
        return json;
    }

    /** A study as JSON. */
    public ObjectNode study(StudyRecord s) {
        return json.valueToTree(s);
    }

    /** A study read back from {@link #study(StudyRecord)}. */
    public StudyRecord study(JsonNode n) {
        return read(n, StudyRecord.class);
    }

    /** A trial snapshot as JSON. */
    public ObjectNode trial(TrialSnapshot t) {
        return json.valueToTree(t);
    }

    /** A trial snapshot read back from {@link #trial(TrialSnapshot)}. */
    public TrialSnapshot trial(JsonNode n) {
        return read(n, TrialSnapshot.class);
    }

    /** An outcome as JSON with its {@code type}. */
    public ObjectNode outcome(Outcome o) {
        return json.valueToTree(o);
    }

    /** An outcome read back from {@link #outcome(Outcome)}; {@link IllegalArgumentException} for an unknown type. */
    public Outcome outcome(JsonNode n) {
        return read(n, Outcome.class);
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

    private <T> T read(JsonNode n, Class<T> type) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("expected a JSON object for " + type.getSimpleName() + ", got " + n);
        }
        try {
            return json.treeToValue(n, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
