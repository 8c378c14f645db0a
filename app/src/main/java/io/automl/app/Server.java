package io.automl.app;

import io.automl.eval.datasets.DatasetLimits;
import io.automl.schedule.ScheduleSettings;
import io.automl.schedule.Schedules;
import io.automl.web.WebServer;
import io.automl.web.WebSettings;
import io.automl.web.api.Auth;
import io.automl.web.jobs.StudyEvents;
import io.automl.worker.LeaseSweeper;
import io.automl.worker.Wire;
import io.automl.worker.WorkerSupervisor;
import io.automl.worker.api.WorkerRoutes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole server, wired: the web server over a process's {@link Services}, the nightly schedules on the same
 * database, the worker API on the web server, and, when trials run in processes, the supervisor of the local
 * worker processes and the sweeper of expired leases. Every part gets what it needs here, through its constructor,
 * and applies the services' one policy. {@link #start} binds the port, resumes interrupted studies, then starts the
 * sweeper, the worker processes and the scheduler; {@link #close} stops them in the opposite order (the services
 * stay open: whoever opened them closes them). Thread-safe.
 */
public final class Server implements AutoCloseable {
    private final WebServer web;
    private final Schedules schedules;
    private final Optional<WorkerSupervisor> supervisor;
    private final Optional<LeaseSweeper> sweeper;
    private final String token;

    /**
     * A server over {@code services} (which must apply {@code settings}' policy: open them with
     * {@code Services.open(data, location, settings.policy())}); its studies run in the worker processes of
     * {@code workers} when present, else on the server's threads.
     */
    public Server(Services services, WebSettings settings, Optional<WorkerSupervisor.Settings> workers) {
        this(services, settings, workers, DatasetLimits.defaults());
    }

    /** As {@link #Server(Services, WebSettings, Optional)}, uploads of named data sets within {@code uploads}. */
    public Server(Services services, WebSettings settings, Optional<WorkerSupervisor.Settings> workers,
            DatasetLimits uploads) {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(workers, "workers");
        if (!services.policy().equals(settings.policy())) {
            throw new IllegalArgumentException("the services apply " + services.policy() + ", the server "
                    + settings.policy() + ": open the services with the server's policy");
        }
        this.token = settings.token();
        boolean shared = !services.location().isEmbedded();
        // a shared database may have several servers: each fire then runs on one of them
        this.schedules = Schedules.open(services.store(), services.scheduledSearch(),
                ScheduleSettings.defaults().withClustered(shared));
        ObjectMapper json = new ObjectMapper();
        Auth workerAuth = new Auth(settings.token(), true);
        WebServer.Extension workerApi = (app, events) -> new WorkerRoutes(services.store(), transitions(events),
                new Wire(json), workerAuth::check, WorkerRoutes.DEFAULT_MAX_ARTIFACT).register(app);
        this.web = new WebServer(services.backend(workers.isEmpty(), uploads), settings, schedules,
                List.of(workerApi));
        this.supervisor = workers.map(w -> new WorkerSupervisor(w.withPolicy(services.policy()), services.store(),
                Clock.systemUTC()));
        this.sweeper = workers.map(w -> new LeaseSweeper(services.store(), w.lease(), w.maxAttempts(),
                Clock.systemUTC()));
    }

    private static WorkerRoutes.Transitions transitions(StudyEvents events) {
        return new WorkerRoutes.Transitions() {
            @Override
            public void trialChanged(TrialSnapshot trial) {
                events.trialChanged(trial);
            }

            @Override
            public void studyState(StudyRecord study, String state, Map<String, Object> details) {
                events.studyState(study, state, details);
            }

            @Override
            public void trialReported(TrialSnapshot trial, int step, double value) {
                events.trialReported(trial, step, value);
            }
        };
    }

    /** Binds the port, resumes interrupted studies, starts the workers and the scheduler; returns this server. */
    public Server start() {
        web.start();
        sweeper.ifPresent(LeaseSweeper::start);
        supervisor.ifPresent(w -> w.start(web.url(), token));
        schedules.start();
        return this;
    }

    /** The web server (port, URL, routes, background study runs). */
    public WebServer web() {
        return web;
    }

    /** The bound port (after {@link #start}). */
    public int port() {
        return web.port();
    }

    /** The base URL, such as {@code http://127.0.0.1:7070}. */
    public String url() {
        return web.url();
    }

    /** The supervisor of the local worker processes, when studies run in processes. */
    public Optional<WorkerSupervisor> workers() {
        return supervisor;
    }

    @Override
    public void close() {
        try {
            schedules.close();
            supervisor.ifPresent(WorkerSupervisor::close);
            sweeper.ifPresent(LeaseSweeper::close);
        } finally {
            web.close();
        }
    }
}
