package io.automl.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.results.JdbcTrialStore;
import io.automl.results.StoreFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code automl serve} processes on one PostgreSQL store, each with its own trial threads and one remote
 * {@code automl worker} process, share a study of 40 command-evaluator trials; one server is killed with
 * SIGKILL mid-trial. The study still ends with exactly 40 finished trials of 40 configurations (beside any
 * concurrent twin cancelled unrun), numbered from 0 without gaps, and a trial ran
 * more than once only when it was retried (attempt 1; the first is 0) after the kill.
 */
class SharedStudyTest {
    private static final int TRIALS = 40;

    @TempDir
    Path root;

    @Test
    void twoServersAndWorkersShareAStudyAndSurviveAKilledServer() throws Exception {
        Path executions = root.resolve("executions.log");
        Files.createFile(executions);
        String space = new CommandSpaces().space("shared", TRIALS, 2, 0.5, executions).toString();
        List<Process> workers = new java.util.ArrayList<>();
        try (PgDatabase db = PgDatabase.create();
                ServerNode a = ServerNode.start(db, root.resolve("a"), "--allow-commands");
                ServerNode b = ServerNode.start(db, root.resolve("b"), "--allow-commands")) {
            try {
                // the workers are up and polling before the study exists: a slow JVM start on a loaded machine must
                // not leave them a study the servers' threads have already finished
                workers.add(a.startWorker(root.resolve("worker-a.log"), "worker-a"));
                workers.add(b.startWorker(root.resolve("worker-b.log"), "worker-b"));
                for (String log : List.of("worker-a.log", "worker-b.log")) {
                    assertTrue(Cluster.await(60, () -> text(root.resolve(log)).contains(", serving ")),
                            "worker did not start: " + log);
                }
                HttpResponse<String> created = a.post("/api/studies", space);
                assertEquals(201, created.statusCode(), created.body());
                HttpResponse<String> joined = b.post("/api/studies/shared/resume", null);
                assertTrue(joined.statusCode() < 300, joined.statusCode() + " " + joined.body());
                assertTrue(Cluster.await(60, () -> lines(executions) >= 14), "trials did not start:\n" + a.log());
                b.kill();
                try (JdbcTrialStore store = StoreFactory.jdbc(db.url(), db.user(), db.password())) {
                    StudyRecord study = store.findStudy("shared").orElseThrow();
                    assertTrue(Cluster.await(110, () -> store.counts(study.id()).finished() == TRIALS
                            && store.counts(study.id()).running() == 0), "study did not finish: "
                            + store.counts(study.id()) + "\n" + a.log());
                    List<TrialSnapshot> all = store.trials(study.id());
                    assertEquals(IntStream.range(0, all.size()).boxed().collect(Collectors.toSet()),
                            all.stream().map(TrialSnapshot::number).collect(Collectors.toSet()));
                    // two processes that read the same history at once draw the same seed and configuration; the
                    // second start is cancelled unrun and drawn again (RunContext.concurrentTwin)
                    assertTrue(all.stream().filter(t -> t.state() == TrialState.CANCELLED)
                            .allMatch(t -> t.reason().startsWith("not run: trial ")), all.toString());
                    List<TrialSnapshot> trials = all.stream().filter(t -> t.state() != TrialState.CANCELLED).toList();
                    assertEquals(TRIALS, trials.size());
                    assertTrue(trials.stream().allMatch(t -> t.state() == TrialState.COMPLETE), trials.toString());
                    assertEquals(TRIALS, trials.stream().map(TrialSnapshot::config).distinct().count(),
                            "no configuration ran twice: " + trials);
                    Map<Integer, Integer> runs = new HashMap<>();
                    for (String line : Files.readAllLines(executions)) {
                        runs.merge(Integer.parseInt(line.substring(0, line.indexOf(' '))), 1, Integer::sum);
                    }
                    // a twin started just before the kill may have begun on the killed server; when its retry is
                    // claimed it is cancelled instead of running again (RunContext.cancelledRetriedTwin)
                    Map<Integer, TrialSnapshot> cancelled = all.stream()
                            .filter(t -> t.state() == TrialState.CANCELLED)
                            .collect(Collectors.toMap(TrialSnapshot::number, t -> t));
                    cancelled.forEach((number, t) -> assertTrue(!runs.containsKey(number)
                            || (t.attempt() > 0 && runs.get(number) == 1), "cancelled trial " + number + " ran "
                            + runs.get(number) + " times: " + t));
                    runs.keySet().removeAll(cancelled.keySet());
                    assertEquals(TRIALS, runs.size(), "every trial ran: " + runs);
                    Set<Integer> retried = trials.stream().filter(t -> t.attempt() > 0).map(TrialSnapshot::number)
                            .collect(Collectors.toSet());
                    runs.forEach((number, times) -> assertTrue(times == 1 || retried.contains(number),
                            "trial " + number + " ran " + times + " times without a retry"));
                    assertTrue(retried.size() <= 3, "only the killed server's trials are retried: " + retried);
                    Set<String> executors = trials.stream().map(t -> t.worker().replaceAll("-\\d+$", ""))
                            .collect(Collectors.toSet());
                    assertTrue(executors.size() >= 3, "servers and workers shared the study: " + executors);
                    System.out.printf("shared study: %d trials, executed by %s, retried after the kill: %s%n",
                            TRIALS, executors, retried);
                }
            } finally {
                for (Process w : workers) {
                    w.destroyForcibly().waitFor();
                }
            }
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        try {
            return Files.readAllLines(file).size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
