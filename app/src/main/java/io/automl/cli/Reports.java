package io.automl.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.engine.SamplerLabels;
import io.automl.engine.StudyCounts;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyResult;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialStore;
import io.automl.engine.pareto.FrontReport;
import io.automl.engine.pareto.ParetoFront;
import io.automl.space.SearchSpace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders study results as text tables, JSON and CSV. */
final class Reports {
    /** How many distinct failure reasons a run summary lists. */
    static final int MAX_REASONS = 5;
    private final TrialStore store;
    private final ObjectMapper json;

    Reports(TrialStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /**
     * The object printed by {@code run --format json}; a multi-objective space adds {@code pareto} (the front's
     * trials), {@code hypervolume}, {@code reference} and {@code objectives}.
     */
    String runJson(StudyResult result, SearchSpace space) throws JsonProcessingException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("study", result.study().name());
        out.put("sampler", SamplerLabels.of(space.sampler().type(), store.trials(result.study().id())));
        out.put("best", result.best().map(this::bestJson).orElse(null));
        if (space.multiObjective()) {
            Map<String, Object> front = FrontReport.of(ParetoFront.of(space.objectives(),
                    store.trials(result.study().id())));
            front.remove("candidates");
            out.putAll(front);
        }
        out.put("counts", countsJson(result.counts()));
        out.put("failures", FailureReasons.of(store.trials(result.study().id())).json());
        out.put("seconds", result.elapsed().toMillis() / 1000.0);
        return json.writeValueAsString(out);
    }

    private Map<String, Object> bestJson(TrialSnapshot t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trial", t.number());
        m.put("value", t.value());
        m.put("config", t.config().values());
        m.put("attributes", t.attributes());
        return m;
    }

    static Map<String, Object> countsJson(StudyCounts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("complete", c.complete());
        m.put("pruned", c.pruned());
        m.put("failed", c.failed());
        m.put("running", c.running());
        m.put("waiting", c.waiting());
        m.put("cancelled", c.cancelled());
        return m;
    }

    /**
     * A few lines: counts, wall time, throughput, the sampler, the best trial's test score on the objective
     * {@code metric}, and the distinct reasons of failed trials with their counts.
     */
    String summary(StudyResult r, String metric, String samplerType) {
        StudyCounts c = r.counts();
        double seconds = r.elapsed().toMillis() / 1000.0;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "study %s: %d complete, %d pruned, %d failed in %.1f s (%.2f trials/min)%n",
                r.study().name(), c.complete(), c.pruned(), c.failed(), seconds,
                seconds > 0 ? c.finished() * 60.0 / seconds : 0.0));
        sb.append("sampler: ").append(SamplerLabels.of(samplerType, store.trials(r.study().id())))
                .append(System.lineSeparator());
        r.best().ifPresent(b -> {
            sb.append(String.format(Locale.ROOT, "best: trial %d, %s %.4f", b.number(), "value", b.value()));
            Object test = b.attributes().get("test_" + metric);
            if (test instanceof Number n) {
                sb.append(String.format(Locale.ROOT, ", test %s %.4f", metric, n.doubleValue()));
            }
            sb.append(System.lineSeparator());
        });
        if (c.failed() > 0) {
            sb.append(FailureReasons.of(store.trials(r.study().id())).text(MAX_REASONS));
        }
        return sb.toString();
    }

    /** The top {@code n} complete trials as an aligned table. */
    String table(StudyRecord study, int n) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"rank", "trial", "value", "params", "epochs", "seconds"});
        int rank = 1;
        Instant now = Instant.now();
        for (TrialSnapshot t : store.leaderboard(study.id(), study.direction(), n)) {
            rows.add(new String[] {String.valueOf(rank++), String.valueOf(t.number()), num(t.value()),
                ConfigText.compact(t.config(), 70), String.valueOf(t.attributes().getOrDefault("epochs", "")),
                String.format(Locale.ROOT, "%.1f", t.seconds(now))});
        }
        return align(rows);
    }

    /** The top {@code n} complete trials as CSV with one column per parameter. */
    String csv(StudyRecord study, int n) {
        List<TrialSnapshot> top = store.leaderboard(study.id(), study.direction(), n);
        List<String> keys = new ArrayList<>();
        for (TrialSnapshot t : top) {
            t.config().values().keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        }
        StringBuilder sb = new StringBuilder("rank,trial,value,epochs,seconds");
        keys.forEach(k -> sb.append(',').append(csvCell(k)));
        sb.append('\n');
        int rank = 1;
        Instant now = Instant.now();
        for (TrialSnapshot t : top) {
            sb.append(rank++).append(',').append(t.number()).append(',').append(t.value()).append(',')
                    .append(t.attributes().getOrDefault("epochs", "")).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", t.seconds(now)));
            for (String k : keys) {
                Object v = t.config().values().get(k);
                sb.append(',').append(v == null ? "" : csvCell(String.valueOf(v)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The top {@code n} complete trials as a JSON array. */
    String leaderboardJson(StudyRecord study, int n) throws JsonProcessingException {
        List<Map<String, Object>> out = new ArrayList<>();
        int rank = 1;
        for (TrialSnapshot t : store.leaderboard(study.id(), study.direction(), n)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", rank++);
            m.put("trial", t.number());
            m.put("value", t.value());
            m.put("config", t.config().values());
            m.put("attributes", t.attributes());
            out.add(m);
        }
        return json.writeValueAsString(out);
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    static String num(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    static String align(List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(String.format("%-" + width[i] + "s", r[i]));
                if (i < r.length - 1) {
                    line.append("  ");
                }
            }
            sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
