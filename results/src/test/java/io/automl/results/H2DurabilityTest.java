package io.automl.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Outcome;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 store keeps every returned commit through a SIGKILL and through interrupted writers. */
class H2DurabilityTest {
    @TempDir
    Path dir;

    @Test
    void everyFinishThatReturnedSurvivesAKillOfTheProcess() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitWriter.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int lastReported = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("finished ")) {
                    lastReported = Integer.parseInt(line.substring("finished ".length()));
                    if (lastReported >= 30) {
                        writer.destroyForcibly(); // SIGKILL right after a finish returned
                        break;
                    }
                }
            }
        } finally {
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(30, lastReported, "the writer stopped early");
        try (JdbcTrialStore store = StoreFactory.h2(dir)) {
            StudyRecord study = store.findStudy("durable").orElseThrow();
            for (int n = 0; n <= lastReported; n++) {
                TrialSnapshot t = store.trial(study.id(), n).orElseThrow(() -> new AssertionError("trial lost"));
                assertEquals(TrialState.COMPLETE, t.state(), "trial " + t.number());
            }
        }
    }

    @Test
    void interruptedWritersLeaveTheDatabaseOpen() throws Exception {
        try (JdbcTrialStore store = StoreFactory.h2(dir)) {
            StudyRecord study = store.createStudy("interrupted", "{}", ".", Direction.MAXIMIZE);
            AtomicInteger finished = new AtomicInteger();
            AtomicInteger interrupts = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> writers = new ArrayList<>();
            List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int w = 0; w < 3; w++) {
                String name = "w" + w;
                Thread t = new Thread(() -> writeUntilStopped(store, study, name, stop, finished, interrupts));
                t.setUncaughtExceptionHandler((thread, e) -> failures.add(e));
                writers.add(t);
                t.start();
            }
            for (int round = 0; round < 200; round++) {
                writers.forEach(Thread::interrupt);
                Thread.sleep(2);
            }
            stop.set(true);
            for (Thread t : writers) {
                t.join(TimeUnit.MINUTES.toMillis(1));
                assertTrue(!t.isAlive(), "a writer is stuck");
            }
            assertEquals(List.of(), failures);
            assertTrue(interrupts.get() > 0, "the writers were interrupted while writing");
            // the store still reads and writes after writes that were interrupted mid-commit
            TrialSnapshot t = store.startTrial(study.id(), Integer.MAX_VALUE, new Config(Map.of()), 1, "after",
                    Duration.ofMinutes(1)).orElseThrow();
            store.finish(t.id(), "after", new Outcome.Complete(1, Map.of()));
            assertEquals(finished.get() + 1, store.counts(study.id()).complete());
        }
        try (JdbcTrialStore reopened = StoreFactory.h2(dir)) {
            assertTrue(reopened.findStudy("interrupted").isPresent());
        }
    }

    /**
     * Finishes trials until {@code stop}, counting the interrupts it sees. An interrupt may abandon the store call
     * it lands in (a {@link StoreException} saying so); the store must stay usable for the next one.
     */
    private static void writeUntilStopped(JdbcTrialStore store, StudyRecord study, String worker, AtomicBoolean stop,
            AtomicInteger finished, AtomicInteger interrupts) {
        for (int i = 0; !stop.get(); i++) {
            try {
                TrialSnapshot t = store.startTrial(study.id(), Integer.MAX_VALUE, new Config(Map.of("i", i)), i,
                        worker, Duration.ofMinutes(1)).orElseThrow();
                store.finish(t.id(), worker, new Outcome.Complete(i, Map.of()));
                finished.incrementAndGet();
            } catch (StoreException e) {
                if (!String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("interrupt")) {
                    throw e;
                }
                interrupts.incrementAndGet();
            }
            if (Thread.interrupted()) {
                interrupts.incrementAndGet();
            }
        }
    }
}
