package io.automl.space.parse;

import static io.automl.space.parse.Docs.at;
import static io.automl.space.parse.Docs.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.automl.space.SearchSpace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parser takes sampler and pruner names, and the check of their options, from its plugin catalog. */
class PluginCatalogTest {
    private final Docs docs = new Docs();

    @Test
    void typeNamesComeFromTheCatalog() {
        List<SpaceError> errors = docs.errors(docs.with(r -> {
            r.putObject("sampler").put("type", "halton").put("scramble", true);
            r.putObject("pruner").put("type", "asha");
        }));
        assertEquals(2, errors.size(), Docs.render(errors));
        only(errors, "/sampler/type", "\"halton\"", "expected one of grid, random, tpe");
        only(errors, "/pruner/type", "\"asha\"", "expected one of median, none");
    }

    @Test
    void optionProblemsCarryTheirPointersAndComeWithTheOtherProblems() {
        List<SpaceError> errors = docs.errors(docs.with(r -> {
            r.putObject("budget").put("trials", 0);
            r.putObject("sampler").put("type", "tpe").put("seed", 3).put("startupTrails", 5).put("startupTrials", -1);
            r.putObject("pruner").put("type", "median").put("patience", 2);
            at(r, "/params/lr").put("low", 0.5);
        }));
        assertEquals(List.of("/params/lr/low", "/budget/trials", "/sampler/startupTrails", "/sampler/startupTrials",
                "/pruner/patience"), errors.stream().map(SpaceError::pointer).toList());
        only(errors, "/sampler/startupTrails", "5", "unknown option 'startupTrails'");
        only(errors, "/sampler/startupTrials", "-1", "expected an integer >= 0");
        only(errors, "/pruner/patience", "2", "unknown option 'patience'");
    }

    @Test
    void validOptionsAreKeptWithoutTypeAndSeed() {
        SearchSpace s = docs.parser.parse(docs.with(r -> r.putObject("sampler").put("type", "tpe").put("seed", 9)
                .put("startupTrials", 5)));
        assertEquals("tpe", s.sampler().type());
        assertEquals(9L, s.sampler().seed());
        assertEquals(Map.of("startupTrials", 5), s.sampler().options());
    }

    @Test
    void withoutACatalogAnyTypeIsAcceptedAndOptionsAreLeftToTheEngine() {
        SearchSpace s = new SpaceParser().parse(docs.with(r -> {
            r.putObject("sampler").put("type", "halton").put("scramble", true);
            r.putObject("pruner").put("type", "asha").put("reductionFactor", "three");
        }));
        assertEquals("halton", s.sampler().type());
        assertEquals(Map.of("scramble", true), s.sampler().options());
        assertEquals(Map.of("reductionFactor", "three"), s.pruner().options());
        List<SpaceError> errors = docs.errors(docs.with(r -> r.putObject("sampler").put("type", " ")));
        only(errors, "/sampler/type", "\" \"", "expected a non-empty string");
    }

    @Test
    void aCatalogIsRequiredWhereOneIsPassed() {
        assertEquals("plugins", assertThrows(NullPointerException.class,
                () -> new SpaceParser((PluginCatalog) null)).getMessage());
        assertEquals("plugins", assertThrows(NullPointerException.class,
                () -> new SpaceParser(SpaceParser.Options.defaults(), null)).getMessage());
    }
}
