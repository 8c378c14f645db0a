package io.automl.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.engine.StudyRunner;
import io.automl.engine.TrialStore;
import io.automl.eval.Evaluators;
import io.automl.eval.data.DatasetCache;
import io.automl.schedule.ScheduleSettings;
import io.automl.schedule.ScheduledSearch;
import io.automl.schedule.Schedules;
import io.automl.space.parse.SpaceParser;
import io.automl.space.policy.Policy;
import io.automl.web.api.Api;
import io.automl.web.api.ScheduleRoutes;
import io.automl.web.api.SpaceIntake;
import io.automl.web.api.StudySpaces;
import io.automl.web.examples.Examples;
import io.automl.web.jobs.EventHub;
import io.automl.web.jobs.StoreWatcher;
import io.automl.web.jobs.StudyEvents;
import io.automl.web.jobs.StudyJobs;
import io.automl.eval.datasets.DatasetLimits;
import io.automl.eval.datasets.DatasetRegistry;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.automl.worker.LeaseSweeper;
import io.automl.worker.WorkerSupervisor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The HTTP server: the REST API under {@code /api}, the static page from the jar's {@code /public}, the
 * background study runs, and the live events of studies (published where a transition is reported: the server's
 * trial threads, the worker API, cancel; and read from the store every {@link #WATCH_PERIOD} for the studies
 * someone watches, for transitions made elsewhere). {@link #start} binds the port and resumes studies a previous
 * server left RUNNING; {@link #close} stops the runs (their trials go back to WAITING, so the next start resumes
 * them) and the server, but not the {@link Services}. Thread-safe.
 */
public final class WebServer implements AutoCloseable {
    /** A registered route: HTTP method and path. */
    public record Route(String method, String path) {
        public Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
        }
    }

    /** How often the store is read for transitions of watched studies made elsewhere. */
    public static final Duration WATCH_PERIOD = Duration.ofSeconds(1);
    /** How long a study stays watched after a polling client last asked for its events. */
    public static final Duration POLL_INTEREST = Duration.ofSeconds(30);

    private final WebSettings settings;
    private final StudyJobs jobs;
    private final Api api;
    private final Schedules schedules;
    private final Javalin app;
    private final Optional<WorkerSupervisor> supervisor;
    private final Optional<LeaseSweeper> sweeper;
    private final StoreWatcher watcher;
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /**
     * What a server needs from the process that starts it: the store, the runner, whether the store is shared
     * with other servers (schedules then run clustered, studies are run by several servers), the data
     * directory (for temporary export files) and the named data sets (uploads; spaces' {@code ref}).
     */
    public record Backend(TrialStore store, StudyRunner runner, boolean sharedStore, Path dataDir,
            DatasetRegistry datasets) {
        public Backend {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(runner, "runner");
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(datasets, "datasets");
        }

        /** A backend whose named data sets lie in {@code dataDir/datasets}, uploads up to the default limit. */
        public Backend(TrialStore store, StudyRunner runner, boolean sharedStore, Path dataDir) {
            this(store, runner, sharedStore, dataDir, new DatasetRegistry(dataDir.resolve("datasets"),
                    DatasetLimits.defaults(), new ObjectMapper(), Clock.systemUTC()));
        }
    }

    public WebServer(Backend services, WebSettings settings) {
        this(services, settings, Optional.empty());
    }

    /**
     * A server whose studies run in worker processes it supervises when {@code workers} is present (else on
     * its own threads); a lease sweeper then frees trials of workers that vanished.
     */
    public WebServer(Backend services, WebSettings settings, Optional<WorkerSupervisor.Settings> workers) {
        Objects.requireNonNull(services, "services");
        this.settings = Objects.requireNonNull(settings, "settings");
        // one policy for every path that parses, resumes or runs a space here, whatever the process allows
        Policy policy = settings.policy();
        SpaceParser parser = new SpaceParser(new SpaceParser.Options(policy, true, services.datasets()),
                io.automl.engine.Plugins.standard());
        Evaluators evaluators = new Evaluators(new DatasetCache(), policy);
        ObjectMapper json = new ObjectMapper();
        EventHub hub = new EventHub();
        StudyEvents events = new StudyEvents(services.store(), hub);
        StudySpaces spaces = new StudySpaces(parser);
        boolean shared = services.sharedStore();
        this.jobs = new StudyJobs(new StudyJobs.Engine(services.store(), services.runner(), evaluators, shared), events,
                spaces::space, workers.isEmpty());
        this.supervisor = workers.map(w -> new WorkerSupervisor(w.withPolicy(policy), services.store(),
                Clock.systemUTC()));
        this.sweeper = workers.map(w -> new LeaseSweeper(services.store(), w.lease(), w.maxAttempts(),
                Clock.systemUTC()));
        Examples examples = new Examples(settings.examplesDir());
        SpaceIntake intake = new SpaceIntake(parser, settings.examplesDir());
        this.watcher = new StoreWatcher(services.store(), events, WATCH_PERIOD, POLL_INTEREST, Clock.systemUTC());
        this.api = new Api(new Api.Config(services.store(), jobs, events, watcher, spaces, intake, examples, json,
                settings.token(), settings.openReads(), settings.allowedHosts(), settings.maxBodyBytes(),
                services.dataDir().resolve("tmp"), services.datasets()));
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.events.handlerAdded(meta -> {
                if (meta.getHttpMethod() != HandlerType.BEFORE && meta.getHttpMethod() != HandlerType.AFTER
                        && meta.getHttpMethod() != HandlerType.BEFORE_MATCHED
                        && meta.getHttpMethod() != HandlerType.AFTER_MATCHED) {
                    routes.add(new Route(meta.getHttpMethod().name(), meta.getPath()));
                }
            });
        });
        api.register(app);
        // a shared database may have several servers: each fire then runs on one of them
        this.schedules = Schedules.open(services.store(), new ScheduledSearch(parser, services.runner(), evaluators),
                ScheduleSettings.defaults().withClustered(shared));
        new ScheduleRoutes(schedules, intake, json, settings.maxBodyBytes()).register(app);
    }

    /** Binds the port and resumes interrupted studies; returns this server. */
    public WebServer start() {
        app.start(settings.bind(), settings.port());
        jobs.resumeInterrupted();
        sweeper.ifPresent(LeaseSweeper::start);
        supervisor.ifPresent(w -> w.start(url(), settings.token()));
        schedules.start();
        return this;
    }

    /** The bound port (after {@link #start}). */
    public int port() {
        return app.port();
    }

    /** The base URL, such as {@code http://127.0.0.1:7070}. */
    public String url() {
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        return "http://" + host + ":" + port();
    }

    /** Every registered route (API and pages), in registration order. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The supervisor of the local worker processes, when studies run in processes. */
    public Optional<WorkerSupervisor> workers() {
        return supervisor;
    }

    /** The background study runs. */
    public StudyJobs jobs() {
        return jobs;
    }

    @Override
    public void close() {
        try {
            schedules.close();
            supervisor.ifPresent(WorkerSupervisor::close);
            sweeper.ifPresent(LeaseSweeper::close);
            jobs.close();
        } finally {
            watcher.close();
            api.close();
            app.stop();
        }
    }
}
