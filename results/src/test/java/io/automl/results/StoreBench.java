package io.automl.results;

import io.automl.engine.Outcome;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Measures the store as a study grows: fills one study with {@code N} trials (each one startTrial, three
 * intermediate values and finish), printing the mean cost of that cycle over the 1,000 trials ending at
 * 1k, 10k, ... N trials, then the time to read the leaderboard, the counts, the full trial list and an
 * incremental read at N trials. Runs on an H2 file in a new temporary directory, and on PostgreSQL (a
 * fresh schema, dropped afterwards) when {@value PgSchemas#ENV} is set.
 *
 * <p>Usage: {@code java -cp ... io.automl.results.StoreBench [N]} (default 100000).
 */
public final class StoreBench {
    private static final int WINDOW = 1_000;
    private static final Duration LEASE = Duration.ofMinutes(5);

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("automl-bench");
        try (JdbcTrialStore h2 = StoreFactory.h2(dir)) {
            run("H2 file", h2, n);
        }
        if (System.getenv(PgSchemas.ENV) != null) {
            PgSchemas schemas = PgSchemas.fromEnvironment();
            String schema = schemas.create();
            try (JdbcTrialStore pg = StoreFactory.jdbc(schemas.url(schema), null, null)) {
                run("PostgreSQL", pg, n);
            } finally {
                schemas.drop(schema);
            }
        }
    }

    private static void run(String label, JdbcTrialStore store, int n) {
        StudyRecord study = store.createStudy("bench", "{}", "/", Direction.MAXIMIZE);
        Random random = new Random(42);
        System.out.printf("%s: %,d trials (startTrial + 3 x reportIntermediate + finish)%n", label, n);
        long windowStart = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            cycle(store, study.id(), random, "bench-worker");
            if (i % WINDOW == 0 && isMilestone(i, n)) {
                double ms = (System.nanoTime() - windowStart) / 1e6 / WINDOW;
                System.out.printf("  trials %,7d: %.3f ms per trial cycle (%.3f ms per transaction)%n", i, ms, ms / 5);
            }
            if (i % WINDOW == 0) {
                windowStart = System.nanoTime();
            }
        }
        time("leaderboard top 10", 5, () -> store.leaderboard(study.id(), Direction.MAXIMIZE, 10));
        time("counts", 5, () -> store.counts(study.id()));
        time("trials (full list with intermediate values)", 3, () -> store.trials(study.id()));
        long last = store.trial(study.id(), n - 100).orElseThrow().id();
        time("trialsSince (last 100, COMPLETE)", 5,
                () -> store.trialsSince(study.id(), last, List.of(TrialState.COMPLETE)));
    }

    private static void cycle(JdbcTrialStore store, long studyId, Random random, String worker) {
        Config config = new Config(Map.of("learningRate", random.nextDouble(), "units", 16 + random.nextInt(240)));
        TrialSnapshot t = store.startTrial(studyId, Integer.MAX_VALUE, config, random.nextLong(), worker, LEASE)
                .orElseThrow();
        for (int step = 0; step < 3; step++) {
            store.reportIntermediate(t.id(), worker, step, random.nextDouble());
        }
        store.finish(t.id(), worker, new Outcome.Complete(random.nextDouble(), Map.of("epochs", 3)));
    }

    private static boolean isMilestone(int i, int n) {
        return i == n || i == WINDOW || (i % (WINDOW * 10) == 0 && Integer.toString(i).matches("10*"));
    }

    /** Prints the first (cold) run and the median of the repeats; H2 may answer an unchanged query from its cache. */
    private static void time(String what, int repeats, Supplier<?> read) {
        double[] ms = new double[repeats];
        Object result = null;
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            result = read.get();
            ms[r] = (System.nanoTime() - start) / 1e6;
        }
        double first = ms[0];
        Arrays.sort(ms);
        String size = result instanceof List<?> list ? list.size() + " rows" : String.valueOf(result);
        System.out.printf("  %s: first %.1f ms, median of %d %.1f ms (%s)%n", what, first, repeats, ms[repeats / 2],
                size);
    }
}
