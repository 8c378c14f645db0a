package io.automl.worker;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import io.automl.engine.Outcome;
import java.util.Map;

/**
 * Jackson mix-ins that give the engine's value types their worker-API JSON shapes without putting Jackson
 * annotations on them: an {@link Outcome} carries a short {@code type} name, a {@code Config} is the JSON
 * object of its values, a {@code Direction} is its wire name. Holds no state.
 */
final class WireMixins {
    private WireMixins() {
    }

    /** {@code {"type": "complete" | "pruned" | "failed" | "cancelled", ...the record's fields}}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Outcome.Complete.class, name = "complete"),
        @JsonSubTypes.Type(value = Outcome.Pruned.class, name = "pruned"),
        @JsonSubTypes.Type(value = Outcome.Failed.class, name = "failed"),
        @JsonSubTypes.Type(value = Outcome.Cancelled.class, name = "cancelled")
    })
    interface OutcomeShape {
    }

    /** A configuration is written and read as the object of its values. */
    abstract static class ConfigShape {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        ConfigShape(Map<String, Object> values) {
        }

        @JsonValue
        abstract Map<String, Object> values();
    }

    /** A direction is written and read as its wire name ("maximize", "minimize"). */
    interface DirectionShape {
        @JsonValue
        String wireName();
    }
}
