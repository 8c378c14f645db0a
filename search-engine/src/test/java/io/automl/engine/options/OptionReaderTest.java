package io.automl.engine.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.parse.SpaceError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one reader of plugin options: defaults, names, types, aliases and the record's own rules. */
class OptionReaderTest {

    /** An options record with every supported component type. */
    record Sample(@OptionAlias("minEpochs") int minResource, long limit, double weight, boolean joint, String mode) {
        Sample {
            if (minResource < 1) {
                throw new IllegalArgumentException("minResource must be >= 1: " + minResource);
            }
            if (weight > limit) {
                throw new IllegalArgumentException("weight must be <= limit (" + limit + "): " + weight);
            }
            if (!mode.equals("fast") && !mode.equals("slow")) {
                throw new IllegalArgumentException("the mode must be fast or slow: " + mode);
            }
        }
    }

    /** A record whose component no option can set. */
    record Unsupported(List<String> names) {
    }

    static final Sample DEFAULTS = new Sample(1, 100, 0.5, false, "fast");

    static List<String> rendered(OptionReader.Result<?> result) {
        return result.errors().stream().map(SpaceError::toString).toList();
    }

    @Test
    void optionsLeftOutKeepTheDefaultsAndGivenOnesAreConverted() {
        assertEquals(DEFAULTS, OptionReader.read(DEFAULTS, Map.of(), "/sampler").value());
        Map<String, Object> options = Map.of("minEpochs", 3, "limit", 7_000_000_000L, "weight", 2, "joint", true,
                "mode", "slow");
        assertEquals(new Sample(3, 7_000_000_000L, 2.0, true, "slow"),
                OptionReader.read(DEFAULTS, options, "/sampler").value());
        assertEquals(new Sample(4, 100, 0.5, false, "fast"),
                OptionReader.read(DEFAULTS, Map.of("minResource", 4.0), "/sampler").value());
        assertEquals(List.of("minResource", "minEpochs", "limit", "weight", "joint", "mode"),
                OptionReader.names(Sample.class));
    }

    @Test
    void unknownOptionsNameThePointerTheValueAndTheExpectedNames() {
        OptionReader.Result<Sample> r = OptionReader.read(DEFAULTS, Map.of("minResourse", 2), "/pruner");
        assertNull(r.value());
        assertEquals(List.of("/pruner/minResourse: unknown option 'minResourse'; expected one of minResource,"
                + " minEpochs, limit, weight, joint, mode (got 2)"), rendered(r));
        assertEquals(List.of("/sampler/a~1b: unknown option 'a/b'; no options are accepted here (got \"x\")"),
                rendered(OptionReader.read(new NoOptions(), Map.of("a/b", "x"), "/sampler")));
    }

    @Test
    void wrongTypesAreReportedForEveryOptionAtOnce() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("minResource", 2.5);
        options.put("limit", "many");
        options.put("weight", "three");
        options.put("joint", "yes");
        options.put("mode", List.of("fast", 1));
        assertEquals(List.of(
                "/pruner/joint: expected true or false (got \"yes\")",
                "/pruner/limit: expected an integer (64-bit) (got \"many\")",
                "/pruner/minResource: expected an integer (got 2.5)",
                "/pruner/mode: expected a string (got [\"fast\",1])",
                "/pruner/weight: expected a number (got \"three\")"),
                rendered(OptionReader.read(DEFAULTS, options, "/pruner")));
        assertEquals(List.of("/pruner/minResource: expected an integer (got 3000000000)"),
                rendered(OptionReader.read(DEFAULTS, Map.of("minResource", 3_000_000_000L), "/pruner")));
    }

    @Test
    void valuesTheRecordRejectsArePointedAtTheOptionAsWritten() {
        assertEquals(List.of("/pruner/minEpochs: minResource must be >= 1 (got 0)"),
                rendered(OptionReader.read(DEFAULTS, Map.of("minEpochs", 0), "/pruner")));
        assertEquals(List.of("/pruner/weight: weight must be <= limit (10): 20.0 (got 20)"),
                rendered(OptionReader.read(DEFAULTS, Map.of("limit", 10, "weight", 20), "/pruner")));
        // a rule that names no option is reported at the section
        assertEquals(List.of("/pruner: the mode must be fast or slow: medium"),
                rendered(OptionReader.read(DEFAULTS, Map.of("mode", "medium"), "/pruner")));
        // unknown names and rejected values come together
        assertEquals(List.of("/pruner/typo: unknown option 'typo'; expected one of minResource, minEpochs, limit,"
                + " weight, joint, mode (got 1)", "/pruner/minResource: minResource must be >= 1 (got -1)"),
                rendered(OptionReader.read(DEFAULTS, Map.of("typo", 1, "minResource", -1), "/pruner")));
    }

    @Test
    void twoNamesOfOneOptionAreAnError() {
        assertEquals(List.of("/pruner/minResource: give minEpochs or minResource, not both (got 2)"),
                rendered(OptionReader.read(DEFAULTS, Map.of("minEpochs", 2, "minResource", 2), "/pruner")));
    }

    @Test
    void orThrowListsEveryProblemAfterTheOwner() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptionReader.read(DEFAULTS,
                Map.of("typo", 1, "minResource", "x"), "/sampler").orThrow("sampler 'demo'"));
        assertEquals("invalid options for sampler 'demo': /sampler/minResource: expected an integer (got \"x\"); "
                + "/sampler/typo: unknown option 'typo'; expected one of minResource, minEpochs, limit, weight,"
                + " joint, mode (got 1)", e.getMessage());
        assertEquals(DEFAULTS, OptionReader.read(DEFAULTS, Map.of(), "/sampler").orThrow("sampler 'demo'"));
    }

    @Test
    void recordsWithComponentsNoOptionCanSetAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OptionReader.names(Unsupported.class));
        assertTrue(e.getMessage().contains("option names of Unsupported has type List"), e.getMessage());
    }
}
