package io.automl.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way, from the search-space language up to the composition root: search-spaces
 * ({@code io.automl.space}) &lt;- search-engine ({@code engine}) &lt;- {evaluators ({@code eval}), results} &lt;- the
 * services that use them (schedules, workers, the web API) &lt;- the composition root ({@code app}, {@code cli}).
 * A back edge, or a cycle between top-level packages, fails the build.
 */
class LayersTest {
    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(LayersTest::ours) // no need to open the hundreds of library jars
            .importPackages("io.automl");

    /** Class folders, and the jars of this project's modules (in a module's target or the local repository). */
    private static boolean ours(com.tngtech.archunit.core.importer.Location location) {
        return !location.isJar() || location.contains("/io/automl/")
                || location.matches(java.util.regex.Pattern.compile(".*/(search-spaces|search-engine|evaluators|results"
                        + "|web-ui)/target/.*"));
    }

    @Test
    void layersOnlyUseTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("space").definedBy("io.automl.space..")
                .layer("engine").definedBy("io.automl.engine..")
                .layer("eval").definedBy("io.automl.eval..")
                .layer("results").definedBy("io.automl.results..")
                .layer("schedule").definedBy("io.automl.schedule..")
                .layer("worker").definedBy("io.automl.worker..")
                .layer("web").definedBy("io.automl.web..")
                .layer("root").definedBy("io.automl.app..", "io.automl.cli..")
                .whereLayer("root").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("root")
                .whereLayer("schedule").mayOnlyBeAccessedByLayers("web", "root")
                .whereLayer("worker").mayOnlyBeAccessedByLayers("web", "root")
                .whereLayer("results").mayOnlyBeAccessedByLayers("schedule", "worker", "web", "root")
                .whereLayer("eval").mayOnlyBeAccessedByLayers("schedule", "worker", "web", "root")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("eval", "results", "schedule", "worker", "web", "root")
                .check(main);
    }

    @Test
    void evaluatorsAndResultsDoNotUseEachOther() {
        slices().matching("io.automl.(eval|results)..").should().notDependOnEachOther().check(main);
    }

    @Test
    void schedulesAndWorkersDoNotUseEachOther() {
        slices().matching("io.automl.(schedule|worker)..").should().notDependOnEachOther().check(main);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("io.automl.(*)..").should().beFreeOfCycles().check(main);
    }
}
