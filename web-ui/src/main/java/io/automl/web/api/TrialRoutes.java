package io.automl.web.api;

import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import io.automl.space.Direction;
import io.automl.space.StudyName;
import io.automl.eval.bundle.TrialExport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Routes that read a study's trials: leaderboard, paged trial table, one trial, the compact (bounded)
 * history the plots use, learning curves, and the export bundle download. Thread-safe.
 */
public final class TrialRoutes {
    static final int MAX_PAGE = 1000;
    static final int HISTORY_POINTS = 1000;
    /** The largest page offset: a study has at most a million trials (the budget's limit). */
    static final int MAX_OFFSET = 1_000_000;
    private final TrialStore store;
    private final TrialLists lists;
    private final TrialExport export;
    private final Path scratch;

    TrialRoutes(TrialStore store, TrialLists lists, TrialExport export, Path scratch) {
        this.store = Objects.requireNonNull(store, "store");
        this.lists = Objects.requireNonNull(lists, "lists");
        this.export = Objects.requireNonNull(export, "export");
        this.scratch = Objects.requireNonNull(scratch, "scratch");
    }

    void register(Javalin app) {
        app.get("/api/studies/{name}/leaderboard", this::leaderboard);
        app.get("/api/studies/{name}/trials", this::trials);
        app.get("/api/studies/{name}/trials/{number}", this::trial);
        app.get("/api/studies/{name}/history", this::history);
        app.get("/api/studies/{name}/curves", this::curves);
        app.get("/api/studies/{name}/export", this::export);
    }

    private void leaderboard(Context ctx) {
        StudyRecord study = StudyRoutes.find(store, ctx);
        int top = intParam(ctx, "top", 10, 1, MAX_PAGE);
        ctx.json(Map.of("study", study.name(), "direction", lower(study.direction()),
                "trials", store.leaderboard(study.id(), study.direction(), top).stream()
                        .map(t -> Views.trial(t, false)).toList()));
    }

    private void trials(Context ctx) {
        StudyRecord study = StudyRoutes.find(store, ctx);
        int offset = intParam(ctx, "offset", 0, 0, MAX_OFFSET);
        int limit = intParam(ctx, "limit", 50, 1, MAX_PAGE);
        List<TrialSnapshot> all = new ArrayList<>(lists.of(study.id()));
        String state = ctx.queryParam("state");
        if (state != null && !state.isBlank()) {
            List<TrialState> wanted = new ArrayList<>();
            for (String s : state.split(",")) {
                try {
                    wanted.add(TrialState.valueOf(s.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest("state must be a comma-separated list of "
                            + List.of(TrialState.values()) + ", got '" + StudyName.shown(s.trim()) + "'");
                }
            }
            all.removeIf(t -> !wanted.contains(t.state()));
        }
        all.sort(order(ctx.queryParamAsClass("sort", String.class).getOrDefault("number"), study.direction()));
        int from = Math.min(offset, all.size());
        int to = (int) Math.min(all.size(), (long) offset + limit);
        List<Map<String, Object>> page = all.subList(from, to).stream().map(t -> Views.trial(t, false)).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", all.size());
        out.put("offset", offset);
        out.put("limit", limit);
        out.put("trials", page);
        ctx.json(out);
    }

    private static Comparator<TrialSnapshot> order(String sort, Direction direction) {
        boolean desc = sort.startsWith("-");
        String key = desc ? sort.substring(1) : sort;
        Comparator<TrialSnapshot> c;
        if (key.equals("number")) {
            c = Comparator.comparingInt(TrialSnapshot::number);
        } else if (key.equals("value")) {
            // missing values last in either order; "value" means best first
            Comparator<Double> byValue = direction == Direction.MAXIMIZE ? Comparator.reverseOrder()
                    : Comparator.naturalOrder();
            c = Comparator.comparing(TrialSnapshot::value, Comparator.nullsLast(desc ? byValue.reversed() : byValue));
            return c.thenComparingInt(TrialSnapshot::number);
        } else if (key.equals("duration")) {
            java.time.Instant now = java.time.Instant.now();
            c = Comparator.comparingDouble(t -> t.seconds(now));
        } else {
            throw ApiException.badRequest("sort must be number, value or duration (prefix - to reverse), got '"
                    + StudyName.shown(sort) + "'");
        }
        return desc ? c.reversed() : c;
    }

    private void trial(Context ctx) {
        StudyRecord study = StudyRoutes.find(store, ctx);
        int number = pathInt(ctx, "number");
        TrialSnapshot t = store.trial(study.id(), number).orElseThrow(() -> ApiException.notFound(
                "study '" + study.name() + "' has no trial " + number));
        Map<String, Object> out = new LinkedHashMap<>(Views.trial(t, true));
        out.put("hasModel", store.artifact(t.id(), "model").isPresent());
        ctx.json(out);
    }

    private void history(Context ctx) {
        StudyRecord study = StudyRoutes.find(store, ctx);
        int points = intParam(ctx, "points", HISTORY_POINTS, 10, 20_000);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("study", study.name());
        out.put("direction", lower(study.direction()));
        out.putAll(HistoryView.of(lists.of(study.id()), study.direction(), points));
        ctx.json(out);
    }

    private void curves(Context ctx) {
        StudyRecord study = StudyRoutes.find(store, ctx);
        int top = intParam(ctx, "top", 10, 1, 100);
        List<Map<String, Object>> out = new ArrayList<>();
        for (TrialSnapshot t : store.leaderboard(study.id(), study.direction(), top)) {
            out.add(curveOf(t));
        }
        List<TrialSnapshot> pruned = lists.of(study.id()).stream()
                .filter(t -> t.state() == TrialState.PRUNED).toList();
        for (TrialSnapshot t : pruned.subList(Math.max(0, pruned.size() - top), pruned.size())) {
            out.add(curveOf(t));
        }
        for (TrialSnapshot t : lists.of(study.id())) {
            if (t.state() == TrialState.RUNNING && out.size() < MAX_PAGE) {
                out.add(curveOf(t));
            }
        }
        ctx.json(Map.of("study", study.name(), "curves", out));
    }

    private static Map<String, Object> curveOf(TrialSnapshot t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("state", t.state().name());
        m.put("value", t.value());
        m.put("points", Views.curve(t));
        return m;
    }

    private void export(Context ctx) throws IOException {
        StudyRecord study = StudyRoutes.find(store, ctx);
        String n = ctx.queryParam("trial");
        Integer number = n == null || n.isBlank() ? null : parseInt("trial", n, 0, Integer.MAX_VALUE);
        TrialSnapshot trial = export.choose(study, number).orElseThrow(() -> ApiException.notFound(number == null
                ? "study '" + study.name() + "' has no complete trial yet" : "study '" + study.name()
                        + "' has no trial " + number));
        Files.createDirectories(scratch);
        Path tmp = Files.createTempFile(scratch, "export-", ".zip");
        try {
            try {
                export.export(study, trial, tmp);
            } catch (IllegalStateException noModel) {
                throw ApiException.conflict(noModel.getMessage());
            }
            byte[] bytes = Files.readAllBytes(tmp);
            ctx.contentType("application/zip");
            ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(study.name()) + "-trial-"
                    + trial.number() + ".zip\"");
            ctx.result(bytes);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@code name} with every character outside the study-name rule replaced (names stored before the rule). */
    private static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.length() > StudyName.MAX_LENGTH ? safe.substring(0, StudyName.MAX_LENGTH) : safe;
    }

    static String lower(Direction d) {
        return d.name().toLowerCase(Locale.ROOT);
    }

    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? fallback : parseInt(name, v, min, max);
    }

    private static int pathInt(Context ctx, String name) {
        return parseInt(name, ctx.pathParam(name), 0, Integer.MAX_VALUE);
    }

    private static int parseInt(String name, String v, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be an integer in " + min + ".." + max + ", got '"
                    + StudyName.shown(v) + "'");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest(name + " must be in " + min + ".." + max + ", got " + n);
        }
        return n;
    }
}
