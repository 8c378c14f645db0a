package io.automl.bench;

import io.automl.engine.StudyListener;
import io.automl.engine.StudyResult;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialStore;
import io.automl.engine.api.SpaceBuilder;
import io.automl.engine.api.Study;
import io.automl.engine.memory.InMemoryTrialStore;
import io.automl.results.StoreFactory;
import io.automl.space.SearchSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The engine's cost per trial: a study of a near no-op objective (returns {@code x}) over two real
 * parameters, run through the library API with one worker on the H2 file store (in a fresh temporary
 * directory) or the in-memory store. Prints one CSV line
 * {@code store,sampler,trials,seconds,trials_per_s,first1k_ms,second1k_ms,last1k_ms} (ms per trial over the first,
 * the second (trials 1,001 to 2,000: past JVM start-up and JIT warm-up; the first again for 1,000 trials) and the
 * last 1,000 finished trials), then {@code call,<name>,<calls>,<ms per trial>,<rows>} lines: the time spent in each
 * store call during the last 1,000 trials and the rows its list reads returned.
 * Usage: {@code EngineOverhead h2|memory random|tpe TRIALS}.
 */
public final class EngineOverhead {
    private static final int WINDOW = 1_000;

    private EngineOverhead() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: EngineOverhead h2|memory random|tpe TRIALS");
        }
        String storeKind = args[0];
        String sampler = args[1];
        int trials = Integer.parseInt(args[2]);
        if (trials < WINDOW) {
            throw new IllegalArgumentException("TRIALS must be >= " + WINDOW + ": " + trials);
        }
        Path dir = Files.createTempDirectory("automl-overhead");
        Timings timings = new Timings();
        long[] finished = new long[trials];
        AtomicInteger done = new AtomicInteger();
        StudyListener listener = new StudyListener() {
            @Override
            public void trialFinished(TrialSnapshot trial) {
                int i = done.getAndIncrement();
                if (i < trials) {
                    finished[i] = System.nanoTime();
                }
                if (i == trials - WINDOW - 1) {
                    timings.reset();
                }
            }
        };
        SearchSpace space = SpaceBuilder.named("overhead").floatParam("x", 0, 1).floatParam("y", 0, 1)
                .sampler(sampler, 1).build();
        try (TrialStore store = new TimedStore(open(storeKind, dir), timings)) {
            Study study = Study.builder(space).store(store).listener(listener).build();
            long start = System.nanoTime();
            StudyResult r = study.optimize(t -> t.config().getDouble("x"), trials);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (r.counts().complete() != trials) {
                throw new IllegalStateException("expected " + trials + " complete trials: " + r.counts());
            }
            double first = (finished[WINDOW - 1] - start) / 1e6 / WINDOW;
            double second = trials < 2 * WINDOW ? first : (finished[2 * WINDOW - 1] - finished[WINDOW - 1]) / 1e6 / WINDOW;
            long lastStart = trials == WINDOW ? start : finished[trials - WINDOW - 1];
            double last = (finished[trials - 1] - lastStart) / 1e6 / WINDOW;
            System.out.printf(Locale.ROOT, "%s,%s,%d,%.3f,%.1f,%.4f,%.4f,%.4f%n", storeKind, sampler, trials, seconds,
                    trials / seconds, first, second, last);
            for (Map.Entry<String, long[]> e : timings.snapshot().entrySet()) {
                System.out.printf(Locale.ROOT, "call,%s,%d,%.4f,%d%n", e.getKey(), e.getValue()[0],
                        e.getValue()[1] / 1e6 / WINDOW, e.getValue()[2]);
            }
        } finally {
            delete(dir);
        }
    }

    private static TrialStore open(String kind, Path dir) {
        switch (kind) {
            case "h2":
                return StoreFactory.h2(dir);
            case "memory":
                return new InMemoryTrialStore();
            default:
                throw new IllegalArgumentException("store must be h2 or memory: " + kind);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
