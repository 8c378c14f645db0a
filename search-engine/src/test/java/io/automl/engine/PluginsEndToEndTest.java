package io.automl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.memory.InMemoryTrialStore;
import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceParser;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every registered sampler and pruner runs a study from a space the parser accepted. */
class PluginsEndToEndTest {
    /** Options that make the model-based plugins leave their start-up phase within the budget. */
    static final Map<String, String> OPTIONS = Map.of(
            "tpe", ", \"startupTrials\": 3",
            "evolution", ", \"population\": 3, \"sampleSize\": 2",
            "median", ", \"warmupSteps\": 0, \"minTrials\": 1",
            "asha", ", \"minEpochs\": 1, \"reductionFactor\": 3");

    final Plugins plugins = Plugins.standard();
    final SpaceParser parser = new SpaceParser(new SpaceParser.Options(true, false), plugins);
    final TrialStore store = new InMemoryTrialStore();
    final StudyRunner runner = new StudyRunner(store, plugins.samplers(), plugins.pruners(), Clock.systemUTC());

    @AfterEach
    void close() {
        store.close();
    }

    StudyResult run(String name, String sampler, String pruner, int trials, int epochs) {
        String text = PluginsParserTest.space(sampler, pruner, trials, epochs).replace("\"plugins\"", "\"" + name + "\"");
        SearchSpace space = parser.parse(text);
        StudyRecord study = new StudyCatalog(store).openOrCreate(space, text, "/tmp");
        RunOptions options = new RunOptions(1, 1, "e2e", Duration.ofSeconds(30), 1, true);
        StudyResult result = runner.run(study, space, new BraninEvaluator(epochs, 0, Map.of()), options,
                StudyListener.NONE);
        store.trials(study.id()).forEach(t -> assertEquals(java.util.List.of(), space.validate(t.config()), name));
        return result;
    }

    @Test
    void everySamplerRunsAStudy() {
        for (String type : plugins.samplers().types()) {
            String sampler = "{\"type\": \"" + type + "\", \"seed\": 5" + OPTIONS.getOrDefault(type, "") + "}";
            StudyResult result = run("sampler-" + type, sampler, "{\"type\": \"none\"}", 8, 2);
            assertEquals(8, result.counts().complete(), type + ": " + result.counts());
            assertEquals(StudyState.COMPLETE, result.study().state(), type);
        }
    }

    @Test
    void gridDiscretizesContinuousRangesWithGridPoints() {
        String text = PluginsParserTest.space("{\"type\": \"grid\", \"gridPoints\": 3}", "{}", 12, 2)
                .replace("\"x1\": {\"type\": \"categorical\", \"values\": [-5.0, 0.0, 3.14, 9.42]}",
                        "\"x1\": {\"type\": \"float\", \"low\": -5, \"high\": 10}");
        SearchSpace space = parser.parse(text);
        StudyRecord study = new StudyCatalog(store).openOrCreate(space, text, "/tmp");
        StudyResult result = runner.run(study, space, new BraninEvaluator(2, 0, Map.of()),
                new RunOptions(1, 1, "e2e", Duration.ofSeconds(30), 1, true), StudyListener.NONE);
        assertEquals(12, result.counts().complete(), result.counts().toString());
        assertEquals(java.util.Set.of(-5.0, 2.5, 10.0), store.trials(study.id()).stream()
                .map(t -> t.config().getDouble("x1")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void gpAndAutoLearnFromPrunedTrials() {
        for (String type : java.util.List.of("gp", "auto")) {
            String sampler = "{\"type\": \"" + type + "\", \"seed\": 2}";
            StudyResult result = run("pruned-" + type, sampler, "{\"type\": \"asha\"" + OPTIONS.get("asha") + "}",
                    16, 9);
            StudyCounts counts = result.counts();
            assertEquals(16, counts.complete() + counts.pruned(), type + ": " + counts);
            assertEquals(0, counts.failed(), type + ": " + counts);
            assertTrue(counts.pruned() > 0, type + ": " + counts);
            java.util.List<TrialSnapshot> trials = store.trials(result.study().id());
            // the model may return to a point it has seen (such as one whose trial was pruned after a step or two)
            long distinct = trials.stream().map(TrialSnapshot::config).distinct().count();
            assertTrue(distinct >= 12, type + ": " + distinct + " distinct configurations of 16");
            if (type.equals("auto")) {
                assertEquals("auto (gp)", SamplerLabels.of("auto", trials));
            }
        }
    }

    @Test
    void everyPrunerRunsAStudy() {
        for (String type : plugins.pruners().types()) {
            String pruner = "{\"type\": \"" + type + "\"" + OPTIONS.getOrDefault(type, "") + "}";
            StudyResult result = run("pruner-" + type, "{\"type\": \"random\", \"seed\": 3}", pruner, 12, 9);
            StudyCounts counts = result.counts();
            assertEquals(12, counts.complete() + counts.pruned(), type + ": " + counts);
            assertEquals(0, counts.failed(), type + ": " + counts);
            assertTrue(type.equals("none") ? counts.pruned() == 0 : counts.pruned() > 0, type + ": " + counts);
        }
    }
}
