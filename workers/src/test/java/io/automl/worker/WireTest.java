package io.automl.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The worker API's JSON shapes: field names, short type names, value types and a full round trip. */
class WireTest {
    private final ObjectMapper shared = new ObjectMapper();
    private final Wire wire = new Wire(shared);

    @Test
    void studiesKeepTheirFieldsReasonAndWireDirection() {
        StudyRecord s = new StudyRecord(7, "s", "{\"name\": \"s\"}", "/data", Direction.MINIMIZE, StudyState.FAILED,
                Instant.parse("2026-01-02T03:04:05.123456789Z"), "why");
        ObjectNode n = wire.study(s);
        assertEquals(List.of("baseDir", "createdAt", "direction", "id", "name", "reason", "spaceText", "state"),
                sortedFields(n));
        assertEquals("minimize", n.get("direction").asText());
        assertEquals("FAILED", n.get("state").asText());
        assertEquals("2026-01-02T03:04:05.123456789Z", n.get("createdAt").asText());
        assertEquals(s, wire.study(n));
    }

    @Test
    void trialsRoundTripWithValueTypesOrderAndNulls() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("z", 3);
        values.put("a", 0.5);
        values.put("big", 1L << 40);
        values.put("opt", "adam");
        values.put("flag", true);
        TrialSnapshot t = new TrialSnapshot(3, 7, 2, TrialState.RUNNING, new Config(values), 42L, null,
                new TreeMap<>(Map.of(1, 0.25, 10, 0.5)), Map.of("seed", 42, "list", List.of(1, "x")), null, "w1", 1,
                Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:04:06.5Z"), null);
        ObjectNode n = wire.trial(t);
        assertEquals(List.of("attempt", "attributes", "config", "createdAt", "finishedAt", "id", "intermediate",
                "number", "reason", "seed", "startedAt", "state", "studyId", "value", "values", "worker"),
                sortedFields(n));
        assertEquals(List.of("z", "a", "big", "opt", "flag"), fields(n.get("config")));
        assertTrue(n.get("value").isNull());
        assertEquals(0.25, n.get("intermediate").get("1").asDouble());
        TrialSnapshot back = wire.trial(n);
        assertEquals(t, back);
        assertEquals(Integer.class, back.config().values().get("z").getClass());
        assertEquals(Long.class, back.config().values().get("big").getClass());
        assertEquals(List.of("z", "a", "big", "opt", "flag"), List.copyOf(back.config().values().keySet()));
        assertNull(back.finishedAt());
    }

    @Test
    void outcomesCarryShortTypeNamesAndComeBackEqual() {
        List<Outcome> all = List.of(new Outcome.Complete(0.9, Map.of("accuracy", 0.9), List.of(0.9, 1234.0)),
                new Outcome.Pruned(null, Map.of()), new Outcome.Pruned(0.3, Map.of("epochs", 2)),
                new Outcome.Failed("diverged", Map.of("x", "y")), new Outcome.Cancelled("by a user"));
        List<String> types = List.of("complete", "pruned", "pruned", "failed", "cancelled");
        for (int i = 0; i < all.size(); i++) {
            ObjectNode n = wire.outcome(all.get(i));
            assertEquals(types.get(i), n.get("type").asText(), n.toString());
            assertFalse(n.toString().contains("io.automl"), n.toString());
            assertEquals(all.get(i), wire.outcome(n));
        }
    }

    @Test
    void aCompleteOutcomeWithoutValuesFromAnEarlierWorkerReadsAsSingleObjective() throws Exception {
        JsonNode old = shared.readTree("{\"type\": \"complete\", \"value\": 0.5, \"attributes\": {}}");
        assertEquals(new Outcome.Complete(0.5, Map.of()), wire.outcome(old));
    }

    @Test
    void badBodiesAreIllegalArguments() throws Exception {
        JsonNode unknown = shared.readTree("{\"type\": \"exploded\", \"reason\": \"x\"}");
        assertThrows(IllegalArgumentException.class, () -> wire.outcome(unknown));
        JsonNode nan = shared.readTree("{\"type\": \"complete\", \"value\": \"NaN\", \"attributes\": {}}");
        assertThrows(IllegalArgumentException.class, () -> wire.outcome(nan));
        assertThrows(IllegalArgumentException.class, () -> wire.study(shared.readTree("[1]")));
        assertThrows(IllegalArgumentException.class, () -> wire.values(shared.readTree("[1]")));
        assertEquals(Map.of(), wire.values(null));
    }

    @Test
    void theCallersMapperIsLeftAsItIs() {
        wire.study(new StudyRecord(1, "s", "{}", "/", Direction.MAXIMIZE, StudyState.RUNNING, Instant.EPOCH));
        assertEquals("MAXIMIZE", shared.valueToTree(Direction.MAXIMIZE).asText());
    }

    private static List<String> sortedFields(JsonNode n) {
        return fields(n).stream().sorted().toList();
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
