package io.automl.web.api;

import io.automl.engine.SamplerLabels;
import io.automl.engine.StudyCounts;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialStore;
import io.automl.web.jobs.StudyJobs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON shapes of studies and trials (maps of JSON-compatible values; times as ISO-8601 strings,
 * durations in seconds). Thread-safe.
 */
final class Views {
    private final TrialStore store;
    private final StudyJobs jobs;
    private final StudySpaces spaces;
    private final TrialLists lists;

    Views(TrialStore store, StudyJobs jobs, StudySpaces spaces, TrialLists lists) {
        this.store = Objects.requireNonNull(store, "store");
        this.lists = Objects.requireNonNull(lists, "lists");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.spaces = Objects.requireNonNull(spaces, "spaces");
    }

    /**
     * A study with its state, counts, best value, progress, timing and sampler (as {@link SamplerLabels} shows it,
     * such as {@code auto (gp)}).
     */
    Map<String, Object> study(StudyRecord s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("state", s.state().name());
        m.put("active", jobs.isRunning(s.id()));
        jobs.error(s.id()).ifPresent(e -> m.put("error", e));
        if (!s.reason().isEmpty()) {
            m.put("reason", s.reason());
        }
        m.put("direction", s.direction().wireName());
        List<TrialSnapshot> trials = lists.of(s.id());
        spaces.summary(s).ifPresent(x -> {
            m.put("metric", x.metric());
            m.put("budgetTrials", x.trials());
            m.put("budgetEpochs", x.epochs());
            m.put("sampler", SamplerLabels.of(x.sampler(), trials));
            if (!x.objectives().isEmpty()) {
                m.put("objectives", x.objectives());
            }
        });
        StudyCounts c = store.counts(s.id());
        m.put("counts", counts(c));
        m.put("finished", c.finished());
        store.leaderboard(s.id(), s.direction(), 1).stream().findFirst().ifPresent(b -> m.put("best",
                Map.of("number", b.number(), "value", b.value())));
        m.put("created", s.createdAt().toString());
        Instant first = null;
        Instant last = null;
        for (TrialSnapshot t : trials) {
            if (t.startedAt() != null && (first == null || t.startedAt().isBefore(first))) {
                first = t.startedAt();
            }
            if (t.finishedAt() != null && (last == null || t.finishedAt().isAfter(last))) {
                last = t.finishedAt();
            }
        }
        if (first != null) {
            m.put("started", first.toString());
            Instant end = c.running() > 0 || last == null ? Instant.now() : last;
            m.put("durationSeconds", Math.max(0, (end.toEpochMilli() - first.toEpochMilli()) / 1000.0));
        }
        return m;
    }

    static Map<String, Object> counts(StudyCounts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("waiting", c.waiting());
        m.put("running", c.running());
        m.put("complete", c.complete());
        m.put("pruned", c.pruned());
        m.put("failed", c.failed());
        m.put("cancelled", c.cancelled());
        return m;
    }

    /** A trial; with {@code detail} also its intermediate values and attributes. */
    static Map<String, Object> trial(TrialSnapshot t, boolean detail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("state", t.state().name());
        m.put("value", t.value());
        m.put("config", t.config().values());
        m.put("seed", t.seed());
        m.put("seedText", Long.toString(t.seed())); // exact: a 64-bit seed does not fit a JavaScript number
        m.put("attempt", t.attempt());
        m.put("worker", t.worker());
        m.put("reason", t.reason());
        m.put("created", t.createdAt().toString());
        m.put("started", t.startedAt() == null ? null : t.startedAt().toString());
        m.put("finished", t.finishedAt() == null ? null : t.finishedAt().toString());
        m.put("seconds", t.seconds(Instant.now()));
        m.put("steps", t.intermediate().size());
        m.put("latest", t.intermediate().isEmpty() ? null : t.intermediate().get(t.intermediate().lastKey()));
        if (detail) {
            m.put("intermediate", curve(t));
            m.put("attributes", t.attributes());
        }
        return m;
    }

    /** The intermediate values as {@code [[step, value], ...]}. */
    static List<double[]> curve(TrialSnapshot t) {
        List<double[]> out = new ArrayList<>(t.intermediate().size());
        t.intermediate().forEach((step, v) -> out.add(new double[] {step, v}));
        return out;
    }
}
