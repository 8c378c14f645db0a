package io.automl.space.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.Categorical;
import io.automl.space.Condition;
import io.automl.space.Constant;
import io.automl.space.FloatRange;
import io.automl.space.IntRange;
import io.automl.space.SearchSpace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole documents: defaults, value types, conditions, several errors at once, syntax errors, YAML. */
class ParserTest {
    private final Docs docs = new Docs();

    @Test
    void threeIndependentMistakesAreAllReportedInDocumentOrder() {
        String text = """
                {
                  "name": "three",
                  "objective": {"metric": "accuracy", "direction": "upward"},
                  "dataset": {"path": "d.csv"},
                  "params": {
                    "lr": {"type": "float", "low": 0.001, "high": 0.1, "lwo": 3},
                    "bs": {"type": "categorical", "values": []}
                  },
                  "architecture": {"blocks": [{"layer": {"type": "dense", "units": 8}}]}
                }
                """;
        List<SpaceError> errors = docs.errors(text);
        assertEquals(List.of("/objective/direction", "/params/lr/lwo", "/params/bs/values"),
                errors.stream().map(SpaceError::pointer).toList(), Docs.render(errors));
        assertEquals(List.of("\"upward\"", "3", "[]"), errors.stream().map(SpaceError::value).toList());
    }

    @Test
    void errorsAreSortedByDocumentPositionNotByReadingOrder() {
        // the evaluator is read first but written last; params come before budget in this document
        String text = """
                {"name": "n", "objective": {"metric": "accuracy"}, "dataset": {"path": "d.csv"},
                 "params": {"x": {"type": "int", "low": 5, "high": 1}},
                 "architecture": {"blocks": [], "output": {"loss": "nope"}},
                 "budget": {"trials": 0},
                 "evaluator": {"type": "dl4j", "timeoutSeconds": -3}}
                """;
        List<SpaceError> errors = docs.errors(text);
        assertEquals(List.of("/params/x/low", "/architecture/output/loss", "/budget/trials",
                "/evaluator/timeoutSeconds"), errors.stream().map(SpaceError::pointer).toList());
    }

    @Test
    void defaultsFillOmittedSettings() {
        SearchSpace s = docs.parser.parse(Docs.BASE);
        assertEquals(20, s.budget().trials());
        assertEquals(20, s.budget().epochs());
        assertEquals(0.0, s.budget().minutes());
        assertEquals(1, s.budget().parallelism());
        assertEquals("auto", s.sampler().type());
        assertEquals(0L, s.sampler().seed());
        assertEquals("none", s.pruner().type());
        assertEquals("dl4j", s.evaluator().type());
        assertTrue(s.earlyStopping().isEmpty());
        assertEquals("standardize", s.dataset().normalize());
        assertEquals("label", s.dataset().label());
        assertEquals("csv", s.dataset().type());
        assertEquals(0.2, s.dataset().split().validation());
        assertEquals(0.2, s.dataset().split().test());
        assertEquals(0L, s.dataset().split().seed());
        assertEquals("data.csv", s.dataset().path(), "without a base directory the path stays as written");
        String minimal = docs.with(r -> Docs.at(r, "/architecture/blocks/0/layer").remove(List.of("activation",
                "dropout")));
        SearchSpace m = docs.parser.parse(minimal);
        assertEquals(new Constant("relu"), m.architecture().orElseThrow().blocks().get(0).layer().fields()
                .get("activation"));
        assertEquals(new Constant(0.0), m.architecture().orElseThrow().blocks().get(0).layer().fields().get("dropout"));
    }

    @Test
    void directionDefaultsFromTheMetric() {
        SearchSpace s = docs.parser.parse(docs.with(r -> Docs.at(r, "/objective").put("metric", "log_loss")
                .remove("direction")));
        assertEquals(io.automl.space.Direction.MINIMIZE, s.objective().direction());
    }

    @Test
    void valuesKeepTheirJsonTypes() {
        SearchSpace s = docs.parser.parse(docs.with(r -> {
            Docs.at(r, "/params").put("seedless", true).put("width", 3).put("ratio", 0.5).put("act", "relu");
            Docs.at(r, "/params").putObject("mixed").put("type", "categorical").putArray("values").add(1).add(2.5)
                    .add("x").add(false);
        }));
        Map<String, Object> values = s.decode(new double[s.dimensions().size()]).values();
        assertEquals(Boolean.TRUE, values.get("seedless"));
        assertEquals(Integer.valueOf(3), values.get("width"));
        assertEquals(Double.valueOf(0.5), values.get("ratio"));
        assertEquals("relu", values.get("act"));
        assertEquals(new Categorical(List.of(1, 2.5, "x", false)), s.params().stream()
                .filter(p -> p.name().equals("mixed")).findFirst().orElseThrow().distribution());
        assertEquals(new FloatRange(0.001, 0.1, true, 0), s.params().get(0).distribution());
    }

    @Test
    void whenBuildsOneOfAndAll() {
        SearchSpace s = docs.parser.parse(docs.with(r -> {
            Docs.at(r, "/params").putObject("nesterov").put("type", "categorical")
                    .putArray("values").add(true).add(false);
            Docs.at(r, "/params/nesterov").putObject("when").put("opt", "sgd").putArray("bs").add(32).add(64);
        }));
        Condition c = s.params().get(4).when();
        assertEquals(new Condition.All(List.of(new Condition.OneOf("opt", List.of("sgd")),
                new Condition.OneOf("bs", List.of(32, 64)))), c);
        assertEquals(new Condition.OneOf("opt", List.of("sgd")), s.params().get(3).when());
    }

    @Test
    void steppedAndIntRanges() {
        SearchSpace s = docs.parser.parse(docs.with(r -> {
            Docs.at(r, "/params").putObject("wd").put("type", "float").put("low", 0).put("high", 0.3).put("step", 0.1);
            Docs.at(r, "/params").putObject("k").put("type", "int").put("low", 2).put("high", 10).put("step", 4);
        }));
        assertEquals(new FloatRange(0, 0.3, false, 0.1), s.params().get(4).distribution());
        assertEquals(new IntRange(2, 10, false, 4), s.params().get(5).distribution());
    }

    @Test
    void syntaxErrorsNameTheLine() {
        List<SpaceError> json = docs.errors("{\n  \"name\": \"x\",\n  \"objective\": {,}\n}");
        assertEquals(1, json.size());
        assertEquals("", json.get(0).pointer());
        assertTrue(json.get(0).message().startsWith("not valid JSON at line 3"), json.get(0).message());
        List<SpaceError> yaml = docs.errors("name: x\nobjective: [unclosed\n");
        assertTrue(yaml.get(0).message().startsWith("not valid YAML"), yaml.get(0).message());
        assertTrue(docs.errors("{\"name\": \"a\", \"name\": \"b\"}").get(0).message().contains("Duplicate field"));
        assertTrue(docs.errors("{\"name\": \"a\"} {}").get(0).message().startsWith("not valid JSON"));
        assertEquals("the document is empty", docs.errors("   \n").get(0).message());
        SpaceError root = docs.errors("[1, 2]").get(0);
        assertEquals("", root.pointer());
        assertTrue(root.message().contains("expected an object"));
    }

    @Test
    void detectsJsonByFirstCharacter() {
        assertTrue(SpaceParser.looksLikeJson("  \n {\"a\": 1}"));
        assertTrue(SpaceParser.looksLikeJson("\uFEFF{}"));
        assertFalse(SpaceParser.looksLikeJson("name: x"));
        assertFalse(SpaceParser.looksLikeJson("# comment\n{}"));
    }

    @Test
    void yamlDocumentsParseLikeJson() {
        String yaml = """
                name: t
                objective: {metric: accuracy, direction: maximize}
                dataset: {path: data.csv}
                params:
                  lr: {type: float, low: 0.001, high: 0.1, log: true}
                  bs: {type: categorical, values: [32, 64]}
                  opt: {type: categorical, values: [adam, sgd]}
                  momentum: {type: float, low: 0.5, high: 0.9, when: {opt: sgd}}
                architecture:
                  type: feedforward
                  blocks:
                    - repeat: {type: int, low: 1, high: 2}
                      layer:
                        type: dense
                        units: {type: int, low: 8, high: 64}
                        activation: {type: categorical, values: [relu, tanh]}
                        dropout: {type: float, low: 0.0, high: 0.5}
                  output: {activation: softmax, loss: mcxent}
                """;
        SearchSpace y = docs.parser.parse(yaml);
        SearchSpace j = docs.parser.parse(Docs.BASE);
        assertEquals(j.dimensions(), y.dimensions());
        List<SpaceError> errors = docs.errors(yaml.replace("lr: {type: float,", "lr: {type: float, lwo: 1,"));
        Docs.only(errors, "/params/lr/lwo", "1", "unknown field");
    }

    @Test
    void datasetPathResolvesAgainstTheBaseDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("data.csv"), "a,label\n1,0\n");
        SearchSpace s = docs.parser.parse(Docs.BASE, dir);
        assertEquals(dir.resolve("data.csv").toAbsolutePath().normalize().toString(), s.dataset().path());
        Path space = dir.resolve("space.json");
        Files.writeString(space, Docs.BASE);
        assertEquals(s.dataset().path(), docs.parser.parseFile(space).dataset().path());
        Files.delete(dir.resolve("data.csv"));
        InvalidSpaceException e = assertThrows(InvalidSpaceException.class, () -> docs.parser.parseFile(space));
        Docs.only(e.errors(), "/dataset/path", "\"data.csv\"", "no such file");
        SpaceParser lenient = new SpaceParser(new SpaceParser.Options(true, false));
        assertEquals(dir.resolve("data.csv").toString(), lenient.parseFile(space).dataset().path());
        assertThrows(java.io.UncheckedIOException.class, () -> docs.parser.parseFile(dir.resolve("absent.json")));
    }
}
