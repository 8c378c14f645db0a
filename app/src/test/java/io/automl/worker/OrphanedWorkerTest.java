package io.automl.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.app.DataDirectory;
import io.automl.app.Services;
import io.automl.app.Server;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real worker JVMs whose parent is killed with SIGKILL and left unreaped (a zombie): the parent's own parent is a
 * shell that became {@code sleep}, which never waits for its children. Each worker leaves within a few seconds, by
 * the end of its standard input (the pipe only the parent held), by the parent's zombie state, and, for a real
 * {@code automl serve --isolation process}, by both.
 */
class OrphanedWorkerTest {
    private static final Duration FEW_SECONDS = Duration.ofSeconds(5);
    @TempDir
    Path root;
    private final List<Process> shells = new ArrayList<>();
    private final List<Long> started = new ArrayList<>();
    private Services services;
    private Server server;

    @AfterEach
    void stop() throws Exception {
        for (long pid : started) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        for (Process shell : shells) {
            shell.destroyForcibly();
            shell.waitFor(10, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.close();
        }
        if (services != null) {
            services.close();
        }
    }

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.automl.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * Runs {@code script} in {@code bash} with {@code command} as its arguments and the given environment; the
     * script starts its processes in the background and ends with {@code exec sleep 300}. Returns the pids of
     * the first line it prints.
     */
    private long[] underNonReapingParent(String script, List<String> command, Map<String, String> env)
            throws IOException {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", script + "\nexec sleep 300", "bash"));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(root.resolve("shell.err").toFile());
        pb.environment().putAll(env);
        pb.environment().put("AUTOML_TOKEN", ProcessFixture.TOKEN);
        Process shell = pb.start();
        shells.add(shell);
        String line = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        assertTrue(line != null, () -> "the shell printed nothing: " + read(root.resolve("shell.err")));
        long[] pids = Stream.of(line.trim().split(" ")).mapToLong(Long::parseLong).toArray();
        for (long pid : pids) {
            started.add(pid);
        }
        return pids;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startPlainServer() {
        services = ProcessFixture.services(root);
        server = ProcessFixture.plainServer(services, root);
    }

    private List<String> worker(String name) {
        return java("worker", "--server", "http://127.0.0.1:" + server.port(), "--name", name, "--lease-seconds",
                "6");
    }

    /** Kills {@code parent} with SIGKILL, checks that it stays a zombie and that {@code worker} leaves in time. */
    private void killAndExpectExit(long parent, long worker, Path log, String reason) throws Exception {
        ProcessLiveness workerLiveness = ProcessLiveness.of(worker);
        assertTrue(workerLiveness.alive(), () -> "the worker is not running: " + read(log));
        ProcessHandle.of(parent).orElseThrow().destroyForcibly();
        assertTrue(ProcessFixture.await(FEW_SECONDS, () -> !ProcessLiveness.of(parent).alive()));
        assertTrue(ProcessHandle.of(parent).map(ProcessHandle::isAlive).orElse(false), "the parent was reaped");
        long killed = System.nanoTime();
        assertTrue(ProcessFixture.await(FEW_SECONDS, () -> !workerLiveness.alive()),
                () -> "the orphaned worker still runs " + FEW_SECONDS + " after its parent died: " + read(log));
        System.out.printf("worker gone %.1f s after its parent was killed (%s)%n", (System.nanoTime() - killed) / 1e9,
                reason);
        assertTrue(read(log).contains(reason), () -> read(log));
    }

    private static boolean started(Path log) {
        return read(log).contains("automl: worker ");
    }

    @Test
    void aWorkerWatchingAPidLeavesWhenThatProcessIsAZombie() throws Exception {
        startPlainServer();
        Path log = root.resolve("pid-worker.log");
        // $BASHPID read before the background fork: in the forked command it would be the worker's own pid
        long[] pids = underNonReapingParent("( P=$BASHPID; \"$@\" --parent-pid $P >\"$LOG\" 2>&1 </dev/null &"
                + " echo $P $!; wait ) &", worker("by-pid"), Map.of("LOG", log.toString()));
        assertTrue(ProcessFixture.await(Duration.ofSeconds(60), () -> started(log)), () -> read(log));
        killAndExpectExit(pids[0], pids[1], log, "server process " + pids[0] + " is gone");
    }

    @Test
    void aWorkerReadingItsParentsPipeLeavesWhenTheParentDies() throws Exception {
        startPlainServer();
        Path log = root.resolve("pipe-worker.log");
        Path fifo = root.resolve("stdin.fifo");
        // the worker's stdin is a FIFO whose only writer is the subshell (fd 4, opened after the worker's fork)
        long[] pids = underNonReapingParent("mkfifo \"$FIFO\"; ( \"$@\" --parent-stdin <\"$FIFO\" >\"$LOG\" 2>&1 &"
                + " exec 4>\"$FIFO\"; echo $BASHPID $!; wait ) &", worker("by-pipe"),
                Map.of("LOG", log.toString(), "FIFO", fifo.toString()));
        assertTrue(ProcessFixture.await(Duration.ofSeconds(60), () -> started(log)), () -> read(log));
        killAndExpectExit(pids[0], pids[1], log, "the server closed its end of standard input");
    }

    @Test
    void theWorkersOfAKilledUnreapedServerLeave() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = root.resolve("data");
        long[] pids = underNonReapingParent("\"$@\" >\"$LOG\" 2>&1 </dev/null & echo $!", java("serve", "--isolation",
                "process", "--workers", "1", "--lease-seconds", "6", "--port", Integer.toString(port), "--data",
                data.toString()), Map.of("LOG", root.resolve("server.log").toString()));
        long serverPid = pids[0];
        Path[] workerLog = new Path[1];
        assertTrue(ProcessFixture.await(Duration.ofSeconds(90), () -> {
            try (Stream<Path> logs = Files.exists(data.resolve("workers")) ? Files.list(data.resolve("workers"))
                    : Stream.empty()) {
                workerLog[0] = logs.filter(OrphanedWorkerTest::started).findFirst().orElse(null);
                return workerLog[0] != null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), () -> "no worker started: " + read(root.resolve("server.log")));
        List<ProcessHandle> workers = ProcessHandle.of(serverPid).orElseThrow().children().toList();
        assertEquals(1, workers.size(), workers::toString);
        long worker = workers.get(0).pid();
        started.add(worker);
        killAndExpectExit(serverPid, worker, workerLog[0], "; exiting");
    }
}
