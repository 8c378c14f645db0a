package io.automl.cli;

import io.automl.app.Services;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.pareto.FrontReport;
import io.automl.engine.pareto.ParetoFront;
import io.automl.space.Objective;
import io.automl.space.SearchSpace;
import io.automl.space.parse.InvalidSpaceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The Pareto front of a multi-objective study, for {@code leaderboard} and {@code run}. */
final class ParetoReport {
    private ParetoReport() {
    }

    /** The objectives of a stored study when it has several; empty for a single-objective study. */
    static Optional<List<Objective>> objectives(Services services, StudyRecord study) {
        SearchSpace space;
        try {
            space = services.parser().parseStored(study.spaceText(), Path.of(study.baseDir()));
        } catch (InvalidSpaceException stale) {
            return Optional.empty();
        }
        return space.multiObjective() ? Optional.of(space.objectives()) : Optional.empty();
    }

    static ParetoFront front(Services services, StudyRecord study, List<Objective> objectives) {
        return ParetoFront.of(objectives, services.store().trials(study.id()));
    }

    /** The front as JSON-ready maps, with the study's name. */
    static Map<String, Object> json(StudyRecord study, ParetoFront front) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("study", study.name());
        out.putAll(FrontReport.of(front));
        return out;
    }

    /** The front as an aligned table, then its hypervolume. */
    static String table(ParetoFront front) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("trial"));
        front.objectives().forEach(o -> header.add(o.metric() + (o.direction().wireName().equals("maximize")
                ? " (max)" : " (min)")));
        header.add("params");
        rows.add(header.toArray(String[]::new));
        for (TrialSnapshot t : front.trials()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(t.number())));
            t.objectiveValues().forEach(v -> row.add(number(v)));
            row.add(ConfigText.compact(t.config(), 60));
            rows.add(row.toArray(String[]::new));
        }
        return "Pareto front: " + front.trials().size() + " of " + front.candidates() + " complete feasible trials"
                + System.lineSeparator() + Reports.align(rows) + String.format(Locale.ROOT,
                        "hypervolume %.6g against reference %s%n", front.hypervolume(), front.reference());
    }

    /** The front as CSV: trial, one column per objective, the configuration as JSON-free key=value text. */
    static String csv(ParetoFront front) {
        StringBuilder sb = new StringBuilder("trial");
        front.objectives().forEach(o -> sb.append(',').append(o.metric()));
        sb.append(",params\n");
        for (TrialSnapshot t : front.trials()) {
            sb.append(t.number());
            t.objectiveValues().forEach(v -> sb.append(',').append(v));
            String params = ConfigText.compact(t.config(), 10_000);
            sb.append(',').append('"').append(params.replace("\"", "\"\"")).append('"').append('\n');
        }
        return sb.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%.4f", v);
    }
}
