package io.automl.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module graph, enforced on the compiled classes: search-spaces ({@code io.automl.space}) &lt;- search-engine
 * ({@code engine}) &lt;- {evaluators ({@code eval}), results} &lt;- {scheduler ({@code schedule}), workers
 * ({@code worker}), web-ui ({@code web})} &lt;- app ({@code app}, {@code cli}, the composition root). A back edge,
 * an edge between two modules of one level, a cycle between top-level packages, or a class of one module's internals
 * used from another module fails the build.
 */
class LayersTest {
    private static final String[] SAMPLER_AND_PRUNER_IMPLEMENTATIONS = {"io.automl.engine.sampler.gp..",
        "io.automl.engine.sampler.tpe..", "io.automl.engine.sampler.evolution..", "io.automl.engine.sampler.qmc..",
        "io.automl.engine.pruner.asha.."};

    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(LayersTest::ours) // no need to open the hundreds of library jars
            .importPackages("io.automl");

    /** Class folders, and the jars of this project's modules (in a module's target or the local repository). */
    private static boolean ours(com.tngtech.archunit.core.importer.Location location) {
        return !location.isJar() || location.contains("/io/automl/")
                || location.matches(java.util.regex.Pattern.compile(".*/(search-spaces|search-engine|evaluators|results"
                        + "|scheduler|workers|web-ui|app)/target/.*"));
    }

    @Test
    void modulesOnlyUseTheModulesBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("search-spaces").definedBy("io.automl.space..")
                .layer("search-engine").definedBy("io.automl.engine..")
                .layer("evaluators").definedBy("io.automl.eval..")
                .layer("results").definedBy("io.automl.results..")
                .layer("scheduler").definedBy("io.automl.schedule..")
                .layer("workers").definedBy("io.automl.worker..")
                .layer("web-ui").definedBy("io.automl.web..")
                .layer("app").definedBy("io.automl.app..", "io.automl.cli..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("web-ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("scheduler").mayOnlyBeAccessedByLayers("app")
                .whereLayer("workers").mayOnlyBeAccessedByLayers("app")
                .whereLayer("results").mayOnlyBeAccessedByLayers("scheduler", "workers", "web-ui", "app")
                .whereLayer("evaluators").mayOnlyBeAccessedByLayers("scheduler", "workers", "web-ui", "app")
                .whereLayer("search-engine").mayOnlyBeAccessedByLayers("evaluators", "results", "scheduler",
                        "workers", "web-ui", "app")
                .check(main);
    }

    @Test
    void evaluatorsAndResultsDoNotUseEachOther() {
        slices().matching("io.automl.(eval|results)..").should().notDependOnEachOther().check(main);
    }

    @Test
    void schedulerWorkersAndWebDoNotUseEachOther() {
        slices().matching("io.automl.(schedule|worker|web)..").should().notDependOnEachOther().check(main);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("io.automl.(*)..").should().beFreeOfCycles().check(main);
    }

    /** Within a module, too, packages depend one way: no cycle between, say, {@code engine.sampler} and {@code engine.api}. */
    @Test
    void packagesWithinAModuleHaveNoCycles() {
        slices().matching("io.automl.(*).(*)..").should().beFreeOfCycles().check(main);
    }

    /** Samplers and pruners are reached through their registries (descriptors), never by class from outside. */
    @Test
    void samplerAndPrunerImplementationsAreInternalToTheEngine() {
        noClasses().that().resideOutsideOfPackage("io.automl.engine..").should().dependOnClassesThat()
                .resideInAnyPackage(SAMPLER_AND_PRUNER_IMPLEMENTATIONS).check(main);
    }

    /** The engine's in-memory store and the evaluators' CPU internals are not part of their modules' interface. */
    @Test
    void storeAndTrainingInternalsStayInTheirModules() {
        noClasses().that().resideOutsideOfPackage("io.automl.engine..").should().dependOnClassesThat()
                .resideInAPackage("io.automl.engine.memory..").check(main);
        noClasses().that().resideOutsideOfPackage("io.automl.eval..").should().dependOnClassesThat()
                .resideInAnyPackage("io.automl.eval.dl4j.cpu..", "io.automl.eval.provenance..",
                        "io.automl.eval.command..").check(main);
    }

    /**
     * Outside results, a store is opened and migrated through its entry points only ({@code StoreFactory},
     * {@code JdbcTrialStore}, {@code SchemaMigrator} with {@code SchemaHistory}, {@code StoreException}); its SQL
     * helpers stay inside.
     */
    @Test
    void resultsAreUsedThroughTheirEntryPoints() {
        noClasses().that().resideOutsideOfPackage("io.automl.results..").should().dependOnClassesThat()
                .haveNameMatching("io\\.automl\\.results\\.(?!StoreFactory|JdbcTrialStore|H2Backup|SchemaMigrator|SchemaHistory"
                        + "|StoreException)[A-Za-z]+.*").check(main);
    }
}
