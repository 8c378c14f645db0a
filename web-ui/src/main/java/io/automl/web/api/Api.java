package io.automl.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.engine.TrialStore;
import io.automl.eval.bundle.ModelBundle;
import io.automl.eval.datasets.DatasetRegistry;
import io.automl.space.parse.InvalidSpaceException;
import io.automl.web.examples.Examples;
import io.automl.eval.bundle.TrialExport;
import io.automl.web.jobs.StoreWatcher;
import io.automl.web.jobs.StudyEvents;
import io.automl.web.jobs.StudyJobs;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the REST API on a Javalin app: the check of every request's {@code Host} header (421 for a name
 * that is not this server's), authentication of {@code /api} requests (every one but {@code /api/health} needs
 * the token; reads need none with open reads), every route group and the mapping of failures to the JSON error
 * shape {@code {status, message, errors?}} (invalid input 400 with every problem's pointer, unknown study 404,
 * oversized body 413, unexpected failures 500).
 * Thread-safe once registered; {@link #close} ends the event streams.
 */
public final class Api implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    private static final String HEALTH = "/api/health";
    private final AllowedHosts hosts;
    private final Auth auth;
    private final StudyRoutes studies;
    private final TrialRoutes trials;
    private final MetaRoutes meta;
    private final EventRoutes events;
    private final ParetoRoutes pareto;
    private final DatasetRoutes datasets;
    private final InsightRoutes insight;
    private final BackupRoutes backup;

    /** Wires the route groups. */
    public Api(Config config) {
        TrialStore store = config.store();
        StudySpaces spaces = config.spaces();
        Bodies bodies = new Bodies(config.maxBodyBytes());
        TrialLists lists = new TrialLists(store, 8);
        Views views = new Views(store, config.jobs(), spaces, lists);
        this.hosts = config.hosts();
        this.auth = new Auth(config.token(), !config.openReads());
        this.studies = new StudyRoutes(store, config.jobs(), config.intake(), views, bodies);
        this.trials = new TrialRoutes(store, lists, new TrialExport(store, new ModelBundle()), config.scratch());
        this.pareto = new ParetoRoutes(store, spaces);
        this.meta = new MetaRoutes(store, config.examples(), new OpenApiDocument());
        this.insight = new InsightRoutes(store, lists, spaces);
        this.backup = new BackupRoutes(store, config.scratch());
        this.events = new EventRoutes(store, config.events().hub(), config.watcher(), config.json());
        this.datasets = new DatasetRoutes(config.datasets(), store);
    }

    /**
     * What the API needs from the server: {@code events} publishes the live events, {@code watcher} reads the store for watched studies;
     * {@code openReads} lets GET and HEAD requests outside the worker API through without the token; {@code hosts}
     * are the names requests may carry in their {@code Host} header; {@code scratch} is a directory for temporary
     * export files; {@code datasets} holds the named data sets uploads go to.
     */
    public record Config(TrialStore store, StudyJobs jobs, StudyEvents events, StoreWatcher watcher,
            StudySpaces spaces, SpaceIntake intake, Examples examples, ObjectMapper json, String token,
            boolean openReads, AllowedHosts hosts, long maxBodyBytes, Path scratch, DatasetRegistry datasets) {
        public Config {
            java.util.Objects.requireNonNull(datasets, "datasets");
            java.util.Objects.requireNonNull(store, "store");
            java.util.Objects.requireNonNull(jobs, "jobs");
            java.util.Objects.requireNonNull(events, "events");
            java.util.Objects.requireNonNull(watcher, "watcher");
            java.util.Objects.requireNonNull(spaces, "spaces");
            java.util.Objects.requireNonNull(intake, "intake");
            java.util.Objects.requireNonNull(examples, "examples");
            java.util.Objects.requireNonNull(json, "json");
            java.util.Objects.requireNonNull(token, "token");
            java.util.Objects.requireNonNull(hosts, "hosts");
            java.util.Objects.requireNonNull(scratch, "scratch");
        }
    }

    /** Adds the before-handlers, the routes and the exception mapping to {@code app}. */
    public void register(Javalin app) {
        app.before(this::checkHost); // every request, pages too: what keeps DNS-rebound pages out
        app.before("/api/*", ctx -> {
            if (!ctx.path().equals(HEALTH)) {
                auth.check(ctx);
            }
        });
        meta.register(app);
        studies.register(app);
        trials.register(app);
        pareto.register(app);
        insight.register(app);
        backup.register(app);
        events.register(app);
        datasets.register(app);
        app.exception(InvalidSpaceException.class, (e, ctx) -> error(ctx, new ApiError(400,
                e.errors().size() + (e.errors().size() == 1 ? " error" : " errors") + " in the search space",
                e.errors().stream().map(ApiError.FieldError::of).toList())));
        app.exception(ApiException.class, (e, ctx) -> error(ctx, new ApiError(e.status(), e.getMessage(), null)));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, new ApiError(e.getStatus(),
                e.getMessage(), null)));
        app.exception(Exception.class, (e, ctx) -> {
            // the details stay in the server's log: an exception's text may name paths or values of the server
            String incident = Long.toString(System.nanoTime(), 36);
            LOG.error("{} {} failed (incident {})", ctx.method(), ctx.path(), incident, e);
            error(ctx, new ApiError(500, "internal error (incident " + incident + " in the server's log)", null));
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api") && (ctx.result() == null || ctx.result().isEmpty())) {
                error(ctx, new ApiError(404, "no such endpoint: " + ctx.method() + " " + ctx.path(), null));
            }
        });
    }

    private void checkHost(Context ctx) {
        String host = ctx.header("Host");
        if (!hosts.allows(host)) {
            throw new ApiException(421, host == null ? "the request has no Host header"
                    : "the Host header '" + host + "' is not a name of this server; the operator may add it with"
                            + " --public-host");
        }
    }

    private static void error(Context ctx, ApiError error) {
        ctx.status(error.status()).json(error);
    }

    @Override
    public void close() {
        events.close();
    }
}
