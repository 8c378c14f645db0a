package io.automl.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.app.DataDirectory;
import io.automl.app.Services;
import io.automl.engine.SamplerLabels;
import io.automl.engine.StudyCounts;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.app.Server;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server (in this JVM) whose studies run in two real {@code automl worker} child processes over HTTP,
 * training DL4J networks on iris: a study is finished by the processes with each trial run once; a worker
 * killed with SIGKILL mid-trial has its trial retried and is replaced; cancel stops trials in the workers
 * within seconds. No process outlives a test.
 */
class ProcessWorkersTest {
    private static final Duration LEASE = Duration.ofSeconds(6);
    private final ProcessFixture fx = new ProcessFixture();

    @TempDir
    Path root;
    private Services services;
    private Server server;
    private RemoteTrialStore store;

    @BeforeEach
    void startServer() throws Exception {
        services = ProcessFixture.services(root);
        server = ProcessFixture.twoWorkerServer(services, root, LEASE);
        store = fx.store(server.url());
    }

    @AfterEach
    void stopServer() {
        server.close();
        services.close();
        assertEquals(0, ProcessFixture.killDescendants(), "worker processes outlived the server");
    }

    private StudyRecord submit(String name, int trials, int epochs) throws Exception {
        HttpResponse<String> created = fx.post(server.url(), "/api/studies", fx.irisSpace(name, trials, epochs));
        assertEquals(201, created.statusCode(), created.body());
        return store.findStudy(name).orElseThrow();
    }

    @Test
    void twoWorkerProcessesFinishAStudyRunningEachTrialOnce() throws Exception {
        // the auto sampler: 10 Sobol start-up trials, then the GP proposes in the worker processes
        String space = fx.irisSpace("iris-procs", 12, 40).replace("\"type\": \"random\"", "\"type\": \"auto\"")
                .replace("\"type\":\"random\"", "\"type\":\"auto\"");
        HttpResponse<String> created = fx.post(server.url(), "/api/studies", space);
        assertEquals(201, created.statusCode(), created.body());
        StudyRecord s = store.findStudy("iris-procs").orElseThrow();
        assertTrue(ProcessFixture.await(Duration.ofMinutes(3), () -> ProcessFixture.complete(store, s)),
                () -> "study did not complete: " + ProcessFixture.describe(store, s));
        StudyCounts counts = store.counts(s.id());
        assertEquals(12, counts.complete(), () -> ProcessFixture.describe(store, s));
        assertEquals(0, counts.running() + counts.waiting() + counts.failed());
        List<TrialSnapshot> all = store.trials(s.id());
        assertEquals(java.util.stream.IntStream.range(0, all.size()).boxed().toList(),
                all.stream().map(TrialSnapshot::number).toList());
        // two processes that read the same history at once propose the same configuration; the second start is
        // cancelled unrun and drawn again (RunContext.concurrentTwin), so a cancelled trial may sit among them
        List<TrialSnapshot> trials = all.stream().filter(t -> t.state() != TrialState.CANCELLED).toList();
        assertTrue(all.stream().filter(t -> t.state() == TrialState.CANCELLED).allMatch(ProcessFixture::concurrentTwin),
                () -> ProcessFixture.describe(store, s));
        assertEquals(12, trials.size(), () -> ProcessFixture.describe(store, s));
        assertTrue(trials.stream().allMatch(t -> "gp".equals(t.attributes().get(SamplerLabels.ATTRIBUTE))),
                () -> ProcessFixture.describe(store, s));
        assertEquals(12, trials.stream().map(TrialSnapshot::config).distinct().count(), () -> ProcessFixture.describe(store, s));
        assertTrue(all.stream().allMatch(t -> t.attempt() == 0), () -> ProcessFixture.describe(store, s));
        Set<String> processes = trials.stream().map(t -> t.worker().substring(0, t.worker().lastIndexOf('-')))
                .collect(Collectors.toSet());
        assertEquals(2, processes.size(), "both worker processes should have run trials: " + processes);
        assertEquals(2, server.workers().orElseThrow().pids().size());
        assertTrue(trials.stream().allMatch(t -> ((Number) t.attributes().get("accuracy")).doubleValue() > 0.3));
        for (long pid : server.workers().orElseThrow().pids()) {
            // nice adds to the caller's niceness, up to the lowest priority, 19
            assertEquals(Math.min(19, niceOf(ProcessHandle.current().pid()) + WorkerSupervisor.Settings.DEFAULT_NICE),
                    niceOf(pid), "worker processes yield the cores to the server");
            Map<String, String> env = environmentOf(pid);
            assertEquals(System.getenv().getOrDefault("OMP_WAIT_POLICY", "passive"), env.get("OMP_WAIT_POLICY"));
            int threadsEach = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
            assertEquals(System.getenv().getOrDefault("OMP_NUM_THREADS", Integer.toString(threadsEach)),
                    env.get("OMP_NUM_THREADS"));
            assertTrue(commandLineOf(pid).contains("-XX:+UseParallelGC"), () -> "worker JVM options: " + pid);
        }
    }

    /** The environment a process started with: /proc/PID/environ, NUL-separated NAME=VALUE pairs. */
    private static Map<String, String> environmentOf(long pid) throws java.io.IOException {
        String raw = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "environ"));
        Map<String, String> env = new java.util.HashMap<>();
        for (String pair : raw.split("\0")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                env.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return env;
    }

    /** The arguments of a process: /proc/PID/cmdline, NUL-separated. */
    private static List<String> commandLineOf(long pid) throws java.io.IOException {
        return List.of(java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "cmdline"))
                .split("\0"));
    }

    /** The nice value of a process: field 19 of /proc/PID/stat (after the parenthesised command name). */
    private static int niceOf(long pid) throws java.io.IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }

    @Test
    void aWorkerKilledMidTrialIsReplacedAndItsTrialRetried() throws Exception {
        StudyRecord s = submit("iris-kill", 6, 60);
        assertTrue(ProcessFixture.await(Duration.ofMinutes(2), () -> !ProcessFixture.running(store, s).isEmpty()));
        TrialSnapshot victim = ProcessFixture.running(store, s).get(0);
        WorkerSupervisor supervisor = server.workers().orElseThrow();
        long pid = supervisor.pidOfOwner(victim.worker()).orElseThrow();
        long killedAt = System.nanoTime();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL
        assertTrue(ProcessFixture.await(Duration.ofSeconds(10), () -> store.trial(s.id(), victim.number())
                .orElseThrow().attempt() == 1), () -> "trial not released: " + ProcessFixture.describe(store, s));
        double releasedAfter = (System.nanoTime() - killedAt) / 1e9;
        assertTrue(releasedAfter < 5, "released after " + releasedAfter + " s");
        assertTrue(ProcessFixture.await(Duration.ofSeconds(30), () -> supervisor.restarts() == 1
                && supervisor.pids().size() == 2 && !supervisor.pids().contains(pid)));

        // a native crash: SIGABRT, as libnd4j's abort() on a fatal error, which the JVM does not handle
        assertTrue(ProcessFixture.await(Duration.ofMinutes(1), () -> ProcessFixture.running(store, s).stream()
                .anyMatch(t -> t.attempt() == 0)), () -> "no first attempt running: " + ProcessFixture.describe(store, s));
        TrialSnapshot crashed = ProcessFixture.running(store, s).stream().filter(t -> t.attempt() == 0).findFirst()
                .orElseThrow();
        long crashedPid = supervisor.pidOfOwner(crashed.worker()).orElseThrow();
        assertEquals(0, new ProcessBuilder("kill", "-ABRT", Long.toString(crashedPid)).start().waitFor());
        assertTrue(ProcessFixture.await(Duration.ofSeconds(10), () -> store.trial(s.id(), crashed.number())
                .orElseThrow().attempt() == 1), () -> "trial not released: " + ProcessFixture.describe(store, s));
        assertTrue(ProcessFixture.await(Duration.ofSeconds(30), () -> supervisor.restarts() == 2
                && supervisor.pids().size() == 2 && !supervisor.pids().contains(crashedPid)));

        assertTrue(ProcessFixture.await(Duration.ofMinutes(4), () -> ProcessFixture.complete(store, s)),
                () -> "study did not complete: " + ProcessFixture.describe(store, s));
        StudyCounts counts = store.counts(s.id());
        assertEquals(6, counts.finished(), () -> ProcessFixture.describe(store, s));
        for (TrialSnapshot victimTrial : List.of(victim, crashed)) {
            TrialSnapshot retried = store.trial(s.id(), victimTrial.number()).orElseThrow();
            assertEquals(1, retried.attempt());
            assertEquals(TrialState.COMPLETE, retried.state(), () -> ProcessFixture.describe(store, s));
        }
    }

    @Test
    void cancelStopsTrialsRunningInWorkerProcessesWithinSeconds() throws Exception {
        StudyRecord s = submit("iris-cancel", 6, 100_000);
        assertTrue(ProcessFixture.await(Duration.ofMinutes(2), () -> ProcessFixture.running(store, s).size() == 2),
                () -> ProcessFixture.describe(store, s));
        Thread.sleep(1000);
        long asked = System.nanoTime();
        HttpResponse<String> cancel = fx.post(server.url(), "/api/studies/iris-cancel/cancel", null);
        assertEquals(200, cancel.statusCode(), cancel.body());
        assertEquals(StudyState.CANCELLED, store.study(s.id()).orElseThrow().state());
        assertTrue(ProcessFixture.running(store, s).isEmpty());
        // the workers notice at their next heartbeat (every lease/3) and go idle: the study gets no new trials
        Thread.sleep(LEASE.toMillis());
        double seconds = (System.nanoTime() - asked) / 1e9;
        StudyCounts counts = store.counts(s.id());
        // the two running trials; a concurrent twin cancelled unrun at the start may sit beside them
        assertEquals(2, store.trials(s.id()).stream().filter(t -> t.state() == TrialState.CANCELLED
                && !ProcessFixture.concurrentTwin(t)).count(), () -> ProcessFixture.describe(store, s));
        assertEquals(0, counts.running() + counts.complete() + counts.failed());
        assertTrue(seconds < 15, "took " + seconds + " s");
        assertEquals(2, server.workers().orElseThrow().pids().size(), "workers stay up after a cancel");
        StringBuilder logs = new StringBuilder();
        try (var files = java.nio.file.Files.list(root.resolve("logs"))) {
            for (java.nio.file.Path file : files.toList()) {
                logs.append(java.nio.file.Files.readString(file));
            }
        }
        assertTrue(logs.toString().contains("lease lost"), logs.toString());
    }
}
