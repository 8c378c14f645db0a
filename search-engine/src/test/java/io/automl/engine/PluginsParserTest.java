package io.automl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.automl.space.SearchSpace;
import io.automl.space.parse.InvalidSpaceException;
import io.automl.space.parse.SpaceError;
import io.automl.space.parse.SpaceParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The space parser with the engine's plugins: registered names only, options checked with pointers. */
class PluginsParserTest {
    final Plugins plugins = Plugins.standard();
    final SpaceParser parser = new SpaceParser(new SpaceParser.Options(true, false), plugins);

    /** A command-evaluator space over a discrete Branin domain with the given sampler and pruner sections. */
    static String space(String sampler, String pruner, int trials, int epochs) {
        return """
                {"name": "plugins", "objective": {"metric": "value", "direction": "minimize"},
                 "evaluator": {"type": "command", "command": ["branin"]},
                 "budget": {"trials": %d, "epochs": %d},
                 "sampler": %s, "pruner": %s,
                 "params": {"x1": {"type": "categorical", "values": [-5.0, 0.0, 3.14, 9.42]},
                            "x2": {"type": "int", "low": 0, "high": 15, "step": 5}}}
                """.formatted(trials, epochs, sampler, pruner);
    }

    List<String> errors(String sampler, String pruner) {
        return assertThrows(InvalidSpaceException.class, () -> parser.parse(space(sampler, pruner, 8, 9)))
                .errors().stream().map(SpaceError::toString).toList();
    }

    @Test
    void theParserAcceptsExactlyTheRegisteredNames() {
        for (String type : plugins.samplers().types()) {
            assertEquals(type, parser.parse(space("{\"type\": \"" + type + "\"}", "{}", 8, 9)).sampler().type());
        }
        for (String type : plugins.pruners().types()) {
            assertEquals(type, parser.parse(space("{}", "{\"type\": \"" + type + "\"}", 8, 9)).pruner().type());
        }
        assertEquals(List.of("/sampler/type: unknown type 'cmaes'; expected one of "
                        + String.join(", ", plugins.samplers().types()) + " (got \"cmaes\")",
                "/pruner/type: unknown type 'percentile'; expected one of "
                        + String.join(", ", plugins.pruners().types()) + " (got \"percentile\")"),
                errors("{\"type\": \"cmaes\"}", "{\"type\": \"percentile\"}"));
    }

    @Test
    void haltonIsASampler() {
        SearchSpace s = parser.parse(space("{\"type\": \"halton\", \"seed\": 4}", "{}", 8, 9));
        assertEquals("halton", s.sampler().type());
        assertEquals(4L, s.sampler().seed());
        assertEquals(Map.of(), s.sampler().options());
    }

    @Test
    void samplerOptionsAreCheckedWithPointers() {
        assertEquals(List.of("/sampler/startupTrails: unknown option 'startupTrails'; expected one of startupTrials,"
                + " eiCandidates, multivariate, priorWeight, constantLiar, maxObservations (got 5)"),
                errors("{\"type\": \"tpe\", \"seed\": 1, \"startupTrails\": 5}", "{}"));
        assertEquals(List.of("/sampler/multivariate: expected true or false (got \"yes\")",
                "/sampler/priorWeight: expected a number (got \"high\")"),
                errors("{\"type\": \"tpe\", \"multivariate\": \"yes\", \"priorWeight\": \"high\"}", "{}"));
        assertEquals(List.of("/sampler/sampleSize: sampleSize must be in [1, population = 10] (got 30)"),
                errors("{\"type\": \"evolution\", \"population\": 10, \"sampleSize\": 30}", "{}"));
        assertEquals(List.of("/sampler/scramble: unknown option 'scramble'; no options are accepted here (got true)"),
                errors("{\"type\": \"sobol\", \"scramble\": true}", "{}"));
    }

    @Test
    void prunerOptionsAreCheckedWithPointers() {
        assertEquals(List.of("/pruner/reductionFactor: expected an integer (got \"three\")"),
                errors("{}", "{\"type\": \"asha\", \"reductionFactor\": \"three\"}"));
        assertEquals(List.of("/pruner/minEpochs: minResource must be >= 1 (got 0)"),
                errors("{}", "{\"type\": \"hyperband\", \"minEpochs\": 0}"));
        assertEquals(List.of("/pruner/minResource: give minEpochs or minResource, not both (got 1)"),
                errors("{}", "{\"type\": \"asha\", \"minEpochs\": 1, \"minResource\": 1}"));
        assertEquals(List.of("/pruner/patience: unknown option 'patience'; expected one of warmupSteps, minTrials"
                + " (got 2)"), errors("{}", "{\"type\": \"median\", \"patience\": 2}"));
        assertEquals(List.of("/sampler/limit: limit must be >= 1 (got 0)",
                "/pruner/minTrials: minTrials must be >= 1 (got 0)"),
                errors("{\"type\": \"grid\", \"limit\": 0}", "{\"type\": \"median\", \"minTrials\": 0}"));
    }
}
