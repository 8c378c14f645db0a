package io.automl.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.eval.datasets.DatasetLimits;
import io.automl.eval.datasets.DatasetRegistry;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.automl.engine.Plugins;
import io.automl.engine.pruner.PrunerRegistry;
import io.automl.engine.sampler.SamplerRegistry;
import io.automl.engine.StudyCatalog;
import io.automl.engine.StudyRunner;
import io.automl.engine.TrialStore;
import io.automl.eval.Evaluators;
import io.automl.eval.data.DatasetCache;
import io.automl.results.StoreFactory;
import io.automl.schedule.ScheduledSearch;
import io.automl.web.WebServer;
import io.automl.space.parse.SpaceParser;
import io.automl.space.policy.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/**
 * The wired services of one process: the store on the data directory, the parser, the study
 * catalog and runner, and the evaluator factory, the parser and the factory both applying the process's
 * {@link Policy} (the operator's own command line: commands run, any path is read). Opened once per command or
 * server; thread-safe; closing it closes the store.
 */
public final class Services implements AutoCloseable {
    private final DataDirectory data;
    private final TrialStore store;
    private final SpaceParser parser;
    private final StudyCatalog catalog;
    private final StudyRunner runner;
    private final Evaluators evaluators;
    private final ObjectMapper json;

    private final StoreLocation location;
    private final Policy policy;
    private final DatasetRegistry datasets;

    private Services(DataDirectory data, StoreLocation location, TrialStore store, Policy policy) {
        this.data = data;
        this.location = location;
        this.store = store;
        this.policy = policy;
        this.datasets = datasets(data.path(), DatasetLimits.defaults());
        Engine engine = Engine.over(store, policy, datasets);
        this.parser = engine.parser();
        this.catalog = new StudyCatalog(store);
        this.runner = engine.runner();
        this.evaluators = engine.evaluators();
        this.json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * What runs studies over a store: the parser (with the registered samplers' and pruners' options), the runner
     * and the evaluators, the parser and the evaluators applying one policy. Every process builds these here: over
     * its own store ({@link Services}) or over a worker's remote store.
     */
    public record Engine(TrialStore store, SpaceParser parser, StudyRunner runner, Evaluators evaluators) {
        public Engine {
            java.util.Objects.requireNonNull(store, "store");
            java.util.Objects.requireNonNull(parser, "parser");
            java.util.Objects.requireNonNull(runner, "runner");
            java.util.Objects.requireNonNull(evaluators, "evaluators");
        }

        /** The parts over {@code store}, under {@code policy}, spaces' data set names resolved by {@code refs}. */
        public static Engine over(TrialStore store, Policy policy, io.automl.space.DatasetRefs refs) {
            return new Engine(store, new SpaceParser(new SpaceParser.Options(policy, true, refs), Plugins.standard()),
                    new StudyRunner(store, new SamplerRegistry(), new PrunerRegistry(), Clock.systemUTC()),
                    new Evaluators(new DatasetCache(), policy));
        }
    }

    /** Opens (creating when needed) the embedded H2 store under {@code data}. */
    public static Services open(DataDirectory data) {
        return open(data, StoreLocation.embeddedH2());
    }

    /**
     * Opens the store at {@code location} (the embedded H2 file under {@code data} when it is embedded);
     * {@code data} still holds local files such as the server token.
     */
    public static Services open(DataDirectory data, StoreLocation location) {
        return open(data, location, Policy.operator());
    }

    /** Opens the store at {@code location}, parsing and evaluating spaces under {@code policy}. */
    public static Services open(DataDirectory data, StoreLocation location, Policy policy) {
        java.util.Objects.requireNonNull(policy, "policy");
        try {
            Files.createDirectories(data.path());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + data.path(), e);
        }
        TrialStore store = location.isEmbedded() ? StoreFactory.h2(data.path())
                : StoreFactory.jdbc(location.url(), location.user(), location.password());
        return new Services(data, location, store, policy);
    }

    /** The named data sets of {@code dataDir} ({@code DATA/datasets}) within {@code limits}. */
    public static DatasetRegistry datasets(java.nio.file.Path dataDir, DatasetLimits limits) {
        return new DatasetRegistry(dataDir.resolve("datasets"), limits, new ObjectMapper(), Clock.systemUTC());
    }

    /** The named data sets of this data folder. */
    public DatasetRegistry datasets() {
        return datasets;
    }

    /** What spaces may do in this process. */
    public Policy policy() {
        return policy;
    }

    /**
     * What a web server needs from this process: the store, the runner, the parser and evaluators (under this
     * process's policy), whether the store is shared, where trials run, the data folder, and the named data sets
     * with uploads within {@code limits}.
     */
    public WebServer.Backend backend(boolean trialsOnThreads, DatasetLimits limits) {
        return new WebServer.Backend(store, runner, parser, evaluators, !location.isEmbedded(), trialsOnThreads,
                data.path(), datasets(data.path(), limits));
    }

    /** What a scheduled run needs: this process's parser, runner and evaluators. */
    public ScheduledSearch scheduledSearch() {
        return new ScheduledSearch(parser, runner, evaluators);
    }

    /** Where the results are stored. */
    public StoreLocation location() {
        return location;
    }

    public DataDirectory data() {
        return data;
    }

    public TrialStore store() {
        return store;
    }

    public SpaceParser parser() {
        return parser;
    }

    public StudyCatalog catalog() {
        return catalog;
    }

    public StudyRunner runner() {
        return runner;
    }

    public Evaluators evaluators() {
        return evaluators;
    }

    /** A JSON writer for command output (pretty-printed). */
    public ObjectMapper json() {
        return json;
    }

    @Override
    public void close() {
        store.close();
    }
}
