package io.automl.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.engine.StudyRunner;
import io.automl.engine.TrialStore;
import io.automl.engine.schedule.ScheduleBook;
import io.automl.eval.Evaluators;
import io.automl.space.parse.SpaceParser;
import io.automl.web.api.Api;
import io.automl.web.api.Auth;
import io.automl.web.metrics.ServerMetrics;
import io.automl.web.api.ScheduleRoutes;
import io.automl.web.api.SpaceIntake;
import io.automl.web.api.StudySpaces;
import io.automl.web.examples.Examples;
import io.automl.web.jobs.EventHub;
import io.automl.web.jobs.StoreWatcher;
import io.automl.web.jobs.StudyEvents;
import io.automl.web.jobs.StudyJobs;
import io.automl.eval.datasets.DatasetRegistry;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The HTTP server: the REST API under {@code /api} (with the schedule routes over a {@link ScheduleBook} and the
 * routes of {@link Extension}s such as the worker API), the static page from the jar's {@code /public}, the
 * background study runs, and the live events of studies (published where a transition is reported: the server's
 * trial threads, the worker API, cancel; and read from the store every {@link #WATCH_PERIOD} for the studies
 * someone watches, for transitions made elsewhere). {@link #start} binds the port and resumes studies a previous
 * server left RUNNING; {@link #close} stops the runs (their trials go back to WAITING, so the next start resumes
 * them) and the server, but not what it was given (store, schedules). Thread-safe.
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
    private final Javalin app;
    private final StoreWatcher watcher;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final ServerMetrics metrics;
    private static final String STARTED = "automl.requestStarted";

    /**
     * What a server needs from the process that starts it: the store, the runner, the parser and the evaluators
     * (both applying the server's policy), whether the store is shared with other servers (studies are then run
     * by several servers), whether trials run on this server's threads (else worker processes claim them), the
     * data directory (for temporary export files) and the named data sets (uploads; spaces' {@code ref}).
     */
    public record Backend(TrialStore store, StudyRunner runner, SpaceParser parser, Evaluators evaluators,
            boolean sharedStore, boolean trialsOnThreads, Path dataDir, DatasetRegistry datasets) {
        public Backend {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(runner, "runner");
            Objects.requireNonNull(parser, "parser");
            Objects.requireNonNull(evaluators, "evaluators");
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(datasets, "datasets");
        }
    }

    /**
     * Routes another module adds to this server (the worker API): registered after the API's, behind the same
     * host check, with the server's live events to report transitions to.
     */
    @FunctionalInterface
    public interface Extension {
        /** Adds routes to {@code app}; {@code events} publishes what they change. */
        void register(Javalin app, StudyEvents events);
    }

    /**
     * A server over {@code backend} whose schedule routes read and write {@code schedules}; {@code extensions} add
     * routes of other modules.
     */
    public WebServer(Backend backend, WebSettings settings, ScheduleBook schedules, List<Extension> extensions) {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(schedules, "schedules");
        this.settings = Objects.requireNonNull(settings, "settings");
        SpaceParser parser = backend.parser();
        ObjectMapper json = new ObjectMapper();
        EventHub hub = new EventHub();
        this.metrics = new ServerMetrics(backend.store(), schedules);
        StudyEvents events = new StudyEvents(backend.store(), hub, metrics::trialChanged);
        StudySpaces spaces = new StudySpaces(parser);
        this.jobs = new StudyJobs(new StudyJobs.Engine(backend.store(), backend.runner(), backend.evaluators(),
                backend.sharedStore()), events, spaces::space, backend.trialsOnThreads());
        Examples examples = new Examples(settings.examplesDir());
        SpaceIntake intake = new SpaceIntake(parser, settings.examplesDir());
        this.watcher = new StoreWatcher(backend.store(), events, WATCH_PERIOD, POLL_INTEREST, Clock.systemUTC());
        this.api = new Api(new Api.Config(backend.store(), jobs, events, watcher, spaces, intake, examples, json,
                settings.token(), settings.openReads(), settings.allowedHosts(), settings.maxBodyBytes(),
                backend.dataDir().resolve("tmp"), backend.datasets()));
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars(); // the charting library, from the jar: /webjars/echarts/...
            config.events.handlerAdded(meta -> {
                if (meta.getHttpMethod() != HandlerType.BEFORE && meta.getHttpMethod() != HandlerType.AFTER
                        && meta.getHttpMethod() != HandlerType.BEFORE_MATCHED
                        && meta.getHttpMethod() != HandlerType.AFTER_MATCHED) {
                    routes.add(new Route(meta.getHttpMethod().name(), meta.getPath()));
                }
            });
        });
        app.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        app.after(this::timed);
        api.register(app);
        Auth metricsAuth = new Auth(settings.token(), !settings.openReads());
        app.before("/metrics", metricsAuth::check);
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
        new ScheduleRoutes(schedules, intake, json, settings.maxBodyBytes()).register(app);
        for (Extension e : extensions) {
            e.register(app, events);
        }
    }

    private void timed(io.javalin.http.Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        String route = ctx.endpointHandlerPath();
        metrics.request(ctx.method().name(), route.isEmpty() ? "static" : route, ctx.statusCode(),
                System.nanoTime() - started);
    }

    /** This server's metrics (what {@code /metrics} serves). */
    public ServerMetrics metrics() {
        return metrics;
    }

    /** Binds the port and resumes interrupted studies; returns this server. */
    public WebServer start() {
        app.start(settings.bind(), settings.port());
        jobs.resumeInterrupted();
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

    /** The background study runs. */
    public StudyJobs jobs() {
        return jobs;
    }

    @Override
    public void close() {
        try {
            jobs.close();
        } finally {
            watcher.close();
            api.close();
            app.stop();
        }
    }
}
