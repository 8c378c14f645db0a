package io.automl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.pruner.PrunerDescriptor;
import io.automl.engine.sampler.SamplerDescriptor;
import io.automl.space.Direction;
import io.automl.space.Objective;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import io.automl.space.parse.PluginCatalog.Kind;
import io.automl.space.parse.SpaceError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The contract every registered sampler and pruner meets: its defaults build an instance, and unknown
 * options, wrong types and values its options record rejects are errors with pointers and values.
 */
class PluginsTest {
    /** One value per plugin with options that its record rejects: plugin, option, value, words of the message. */
    static final List<List<Object>> BAD_VALUES = List.of(
            List.of("grid", "gridPoints", 1, "gridPoints must be 0 (no continuous ranges) or >= 2"),
            List.of("tpe", "startupTrials", -1, "startupTrials must be >= 0"),
            List.of("gp", "maxObservations", 1, "maxObservations must be in [2, 5000]"),
            List.of("auto", "gpParallelism", 0, "gpParallelism must be in [1, 1024]"),
            List.of("evolution", "sampleSize", 30, "sampleSize must be in [1, population = 20]"),
            List.of("nsga2", "populationSize", 1,
                    "populationSize must be 0 (a tenth of the trial budget) or in [2, 100000]"),
            List.of("median", "minTrials", 0, "minTrials must be >= 1"),
            List.of("asha", "reductionFactor", 1, "reductionFactor must be >= 2"),
            List.of("hyperband", "maxResource", -1, "maxResource must be >= 0 (0: the epoch budget)"));

    final Plugins plugins = Plugins.standard();

    static StudyView empty() {
        return new StudyView() {
            @Override
            public Objective objective() {
                return new Objective("branin", Direction.MINIMIZE);
            }

            @Override
            public List<TrialSnapshot> trials() {
                return List.of();
            }
        };
    }

    @Test
    void theCatalogNamesExactlyTheRegisteredPlugins() {
        assertEquals(List.of("auto", "evolution", "gp", "grid", "halton", "nsga2", "random", "sobol", "tpe"),
                plugins.names(Kind.SAMPLER));
        assertEquals(List.of("asha", "hyperband", "median", "none"), plugins.names(Kind.PRUNER));
        assertEquals(plugins.samplers().types(),
                plugins.samplers().descriptors().stream().map(SamplerDescriptor::name).toList());
        assertEquals(plugins.pruners().types(),
                plugins.pruners().descriptors().stream().map(PrunerDescriptor::name).toList());
    }

    @Test
    void everyDescriptorsDefaultsBuildAWorkingInstance() {
        for (SamplerDescriptor<?> d : plugins.samplers().descriptors()) {
            assertEquals(List.of(), plugins.check(Kind.SAMPLER, d.name(), Map.of(), "/sampler"), d.name());
            SearchSpace space = Spaces.discreteBranin(d.name(), Spaces.trials(4), new SamplerSpec(d.name(), 7, Map.of()));
            Sampler sampler = plugins.samplers().create(space.sampler(), space);
            assertEquals(List.of(), space.validate(sampler.sample(empty(), space, new SplittableRandom(1))), d.name());
        }
        for (PrunerDescriptor<?> d : plugins.pruners().descriptors()) {
            assertEquals(List.of(), plugins.check(Kind.PRUNER, d.name(), Map.of(), "/pruner"), d.name());
            assertNotNull(plugins.pruners().create(new PrunerSpec(d.name(), Map.of()), 27), d.name());
        }
    }

    @Test
    void unknownOptionsAreNamedWithThePluginsOptions() {
        for (Kind kind : Kind.values()) {
            String pointer = "/" + kind.field();
            for (String name : plugins.names(kind)) {
                List<SpaceError> errors = plugins.check(kind, name, Map.of("noSuchOption", 1), pointer);
                List<String> options = options(kind, name);
                String expected = options.isEmpty() ? "no options are accepted here"
                        : "expected one of " + String.join(", ", options);
                assertEquals(List.of(new SpaceError(pointer + "/noSuchOption", "unknown option 'noSuchOption'; "
                        + expected, "1")), errors, name);
            }
        }
        assertEquals(List.of("startupTrials", "eiCandidates", "multivariate", "priorWeight", "constantLiar",
                "maxObservations"), options(Kind.SAMPLER, "tpe"));
        assertEquals(List.of("minResource", "minEpochs", "reductionFactor", "minEarlyStoppingRate"),
                options(Kind.PRUNER, "asha"));
    }

    @Test
    void everyOptionRefusesAValueOfTheWrongType() {
        int checked = 0;
        for (Kind kind : Kind.values()) {
            String pointer = "/" + kind.field();
            for (String name : plugins.names(kind)) {
                for (String option : options(kind, name)) {
                    List<SpaceError> errors = plugins.check(kind, name, Map.of(option, "three"), pointer);
                    assertEquals(1, errors.size(), name + " " + option + ": " + errors);
                    assertEquals(pointer + "/" + option, errors.get(0).pointer());
                    assertEquals("\"three\"", errors.get(0).value());
                    assertTrue(errors.get(0).message().startsWith("expected "), errors.get(0).message());
                    checked++;
                }
            }
        }
        assertEquals(35, checked);
    }

    @Test
    void valuesTheOptionsRecordsRejectArePointed() {
        Set<String> covered = new java.util.HashSet<>();
        for (List<Object> bad : BAD_VALUES) {
            String name = (String) bad.get(0);
            String option = (String) bad.get(1);
            Kind kind = plugins.names(Kind.SAMPLER).contains(name) ? Kind.SAMPLER : Kind.PRUNER;
            String pointer = "/" + kind.field();
            List<SpaceError> errors = plugins.check(kind, name, Map.of(option, bad.get(2)), pointer);
            assertEquals(List.of(new SpaceError(pointer + "/" + option, (String) bad.get(3),
                    String.valueOf(bad.get(2)))), errors, name);
            covered.add(name);
        }
        List<String> withOptions = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            plugins.names(kind).stream().filter(n -> !options(kind, n).isEmpty()).forEach(withOptions::add);
        }
        assertEquals(Set.copyOf(withOptions), covered, "every plugin with options has a bad value here");
    }

    private List<String> options(Kind kind, String name) {
        return kind == Kind.SAMPLER ? plugins.samplers().descriptor(name).orElseThrow().options()
                : plugins.pruners().descriptor(name).orElseThrow().options();
    }
}
