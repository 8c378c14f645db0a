package io.automl.web.metrics;

import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import com.zaxxer.hikari.HikariDataSource;
import io.automl.results.JdbcTrialStore;
import io.automl.engine.schedule.ScheduleBook;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The metrics of one server, scraped at {@code /metrics}: {@code automl_trials_total{study, event}} (started,
 * complete, pruned, failed, cancelled: each transition this server publishes, whoever ran the trial: its threads,
 * worker processes or other servers), {@code automl_trial_duration_seconds{study, state}} (a histogram),
 * {@code automl_trials_waiting{study}} and {@code automl_leases_held{study}} of running studies and
 * {@code automl_workers_live} (distinct workers holding a lease), read from the store at each scrape,
 * {@code automl_schedule_fires_total} and {@code automl_schedule_misfires_total} (nightly searches this process's
 * scheduler ran or missed),
 * {@code http_server_requests_seconds{method, route, status}}, the store's connection pool ({@code hikaricp_*}) and
 * the JVM's memory, GC, threads, class loading, CPU and uptime. Thread-safe.
 */
public final class ServerMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final TrialStore store;
    private final MultiGauge waiting;
    private final MultiGauge leases;
    private volatile int workers;

    /** Metrics of a server over {@code store} and {@code schedules}, with the JVM's bound. */
    public ServerMetrics(TrialStore store, ScheduleBook schedules) {
        this.store = Objects.requireNonNull(store, "store");
        Objects.requireNonNull(schedules, "schedules");
        FunctionCounter.builder("automl.schedule.fires", schedules, b -> b.activity().fires())
                .description("fires of nightly searches run by this process's scheduler").register(registry);
        FunctionCounter.builder("automl.schedule.misfires", schedules, b -> b.activity().misfires())
                .description("fires of nightly searches this process's scheduler missed (run once late)")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        waiting = MultiGauge.builder("automl.trials.waiting").description("WAITING trials of running studies")
                .register(registry);
        leases = MultiGauge.builder("automl.leases.held").description("RUNNING trials (leases held) of running"
                + " studies").register(registry);
        registry.gauge("automl.workers.live", Tags.empty(), this, m -> m.workers);
        if (store instanceof JdbcTrialStore jdbc && jdbc.dataSource() instanceof HikariDataSource pool
                && pool.getMetricRegistry() == null) {
            pool.setMetricRegistry(registry); // hikaricp_connections_* of the store's pool
        }
    }

    /** Counts a transition of {@code trial} of {@code study}: a start, or a final state with its duration. */
    public void trialChanged(String study, TrialSnapshot trial) {
        String event = trial.state() == TrialState.RUNNING ? "started" : trial.state().name().toLowerCase(Locale.ROOT);
        if (trial.state() == TrialState.WAITING) {
            return;
        }
        Counter.builder("automl.trials").description("trial transitions published by this server")
                .tags("study", study, "event", event).register(registry).increment();
        if (trial.state().isFinished() && trial.startedAt() != null && trial.finishedAt() != null) {
            Timer.builder("automl.trial.duration").description("wall time of finished trials")
                    .tags("study", study, "state", trial.state().name()).publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(100)).maximumExpectedValue(Duration.ofHours(6))
                    .register(registry).record(Math.round(trial.seconds(Instant.now()) * 1000), TimeUnit.MILLISECONDS);
        }
    }

    /** Records one HTTP request of {@code route} (its path template) that took {@code nanos}. */
    public void request(String method, String route, int status, long nanos) {
        Timer.builder("http.server.requests").tags("method", method, "route", route, "status",
                Integer.toString(status)).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The Prometheus text exposition, after reading the store's gauges. */
    public String scrape() {
        refreshStoreGauges();
        return registry.scrape();
    }

    private void refreshStoreGauges() {
        List<MultiGauge.Row<?>> w = new ArrayList<>();
        List<MultiGauge.Row<?>> l = new ArrayList<>();
        Set<String> live = new HashSet<>();
        for (StudyRecord s : store.studies()) {
            if (s.state() != StudyState.RUNNING) {
                continue;
            }
            w.add(MultiGauge.Row.of(Tags.of("study", s.name()), store.counts(s.id()).waiting()));
            List<TrialSnapshot> running = store.trialsSince(s.id(), 0, List.of(TrialState.RUNNING));
            l.add(MultiGauge.Row.of(Tags.of("study", s.name()), running.size()));
            running.stream().map(TrialSnapshot::worker).filter(Objects::nonNull).forEach(live::add);
        }
        waiting.register(w, true);
        leases.register(l, true);
        workers = live.size();
    }
}
