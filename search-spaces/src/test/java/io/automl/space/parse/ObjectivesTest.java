package io.automl.space.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.automl.space.Constraint;
import io.automl.space.Direction;
import io.automl.space.Objective;
import io.automl.space.SearchSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Multi-objective spaces: objectives, constraints, their defaults and every misuse with its pointer. */
class ObjectivesTest {
    private final Docs docs = new Docs();

    private String multi(String objectives, String extra) {
        return docs.with(root -> {
            root.remove("objective");
            try {
                root.set("objectives", docs.mapper.readTree(objectives));
                if (extra != null) {
                    ObjectNode more = (ObjectNode) docs.mapper.readTree(extra);
                    more.fields().forEachRemaining(f -> root.set(f.getKey(), f.getValue()));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void twoObjectivesWithConstraintsParseWithDefaults() {
        SearchSpace s = docs.parser.parse(multi("""
                [{"metric": "accuracy", "reference": 0}, {"metric": "parameters", "reference": 1e6}]""",
                """
                {"constraints": [{"metric": "inference_ms", "max": 5}, {"metric": "accuracy", "min": 0.5}]}"""));
        assertTrue(s.multiObjective());
        assertEquals(List.of(new Objective("accuracy", Direction.MAXIMIZE, 0.0),
                new Objective("parameters", Direction.MINIMIZE, 1e6)), s.objectives());
        assertEquals(s.objectives().get(0), s.objective());
        assertEquals(List.of(new Constraint("inference_ms", null, 5.0), new Constraint("accuracy", 0.5, null)),
                s.constraints());
        assertEquals("auto", s.sampler().type(), "auto, which runs nsga2 on several objectives");
        assertEquals(s.objectives(), s.withBudget(s.budget()).objectives());
    }

    @Test
    void aSingleObjectiveSpaceKeepsItsDefaults() {
        SearchSpace s = docs.parser.parse(Docs.BASE);
        assertFalse(s.multiObjective());
        assertEquals(List.of(s.objective()), s.objectives());
        assertEquals("auto", s.sampler().type());
        assertTrue(s.constraints().isEmpty());
    }

    @Test
    void anObjectiveNamedTwiceIsReportedAtItsSecondMention() {
        var errors = docs.errors(multi("""
                [{"metric": "accuracy"}, {"metric": "parameters"}, {"metric": "accuracy"}]""", null));
        Docs.only(errors, "/objectives/2/metric", "\"accuracy\"", "named twice (also at /objectives/0/metric)");
    }

    @Test
    void unknownMetricsInObjectivesAndConstraintsAreReported() {
        var errors = docs.errors(multi("""
                [{"metric": "accuracy"}, {"metric": "flops"}]""", """
                {"constraints": [{"metric": "latency", "max": 3}]}"""));
        Docs.only(errors, "/objectives/1/metric", "\"flops\"", "unknown metric 'flops'");
        Docs.only(errors, "/constraints/0/metric", "\"latency\"", "unknown metric");
    }

    @Test
    void onlyTwoOrThreeObjectives() {
        var one = docs.errors(multi("[{\"metric\": \"accuracy\"}]", null));
        Docs.only(one, "/objectives", "[{\"metric\":\"accuracy\"}]", "2 or 3");
        var four = docs.errors(multi("""
                [{"metric": "accuracy"}, {"metric": "parameters"}, {"metric": "model_bytes"},
                 {"metric": "train_seconds"}]""", null));
        assertEquals(1, four.stream().filter(e -> e.pointer().equals("/objectives")).count(), Docs.render(four));
    }

    @Test
    void aPrunerOrSamplerThatNeedsOneObjectiveIsRefused() {
        var errors = docs.errors(multi("""
                [{"metric": "accuracy"}, {"metric": "parameters"}]""", """
                {"pruner": {"type": "median"}, "sampler": {"type": "tpe"}}"""));
        Docs.only(errors, "/pruner/type", "\"median\"", "needs a single objective");
        Docs.only(errors, "/sampler/type", "\"tpe\"", "needs a single objective");
    }

    @Test
    void objectiveAndObjectivesTogetherAreRefused() {
        String text = docs.with(root -> {
            ArrayNode a = root.putArray("objectives");
            a.addObject().put("metric", "accuracy");
            a.addObject().put("metric", "parameters");
        });
        Docs.only(docs.errors(text), "/objectives", "[{\"metric\":\"accuracy\"},{\"metric\":\"parameters\"}]",
                "not both");
    }

    @Test
    void badConstraintsAndAMetricOfTheOtherTaskAreReported() {
        var errors = docs.errors(multi("""
                [{"metric": "mse"}, {"metric": "parameters", "direction": "sideways"}]""", """
                {"constraints": [{"metric": "parameters"}, {"metric": "model_bytes", "min": 9, "max": 1}]}"""));
        Docs.only(errors, "/objectives/0/metric", "\"mse\"", "needs a regression data set");
        Docs.only(errors, "/objectives/1/direction", "\"sideways\"", "unknown direction");
        Docs.only(errors, "/constraints/0", "{\"metric\":\"parameters\"}", "needs min, max or both");
        Docs.only(errors, "/constraints/1/max", "1", "max must be >= min");
    }

    @Test
    void aCommandEvaluatorMayNameItsOwnMetricsButMustGiveTheirDirection() {
        String text = """
                {"name": "c", "evaluator": {"type": "command", "command": ["python3", "t.py"]},
                 "objectives": [{"metric": "error", "direction": "minimize"}, {"metric": "energy"},
                                {"metric": "bad name"}],
                 "params": {"x": {"type": "float", "low": 0, "high": 1}}}""";
        SpaceParser parser = new SpaceParser(new SpaceParser.Options(true, false),
                new FixedPlugins());
        var e = org.junit.jupiter.api.Assertions.assertThrows(InvalidSpaceException.class, () -> parser.parse(text));
        Docs.only(e.errors(), "/objectives/1/direction", null, "required field 'direction'");
        Docs.only(e.errors(), "/objectives/2/metric", "\"bad name\"", "letters, digits and underscores");
        assertEquals(2, e.errors().size(), Docs.render(e.errors()));
    }
}
