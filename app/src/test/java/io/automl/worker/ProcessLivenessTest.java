package io.automl.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ProcessLiveness} on a real zombie, on a reused pid, and on the states a {@code /proc} stat file shows. */
class ProcessLivenessTest {
    @TempDir
    Path proc;

    @Test
    void aKilledButUnreapedProcessIsDeadThoughProcessHandleSaysAlive() throws Exception {
        // the shell starts a sleep, then becomes a sleep itself, which never reaps its child
        Process parent = new ProcessBuilder("sh", "-c", "sleep 120 & echo $!; exec sleep 120")
                .redirectErrorStream(true).start();
        try {
            long child = Long.parseLong(new BufferedReader(new InputStreamReader(parent.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine().trim());
            ProcessLiveness liveness = ProcessLiveness.of(child);
            assertTrue(liveness.alive());
            // only once the shell has become the sleep is nobody left to reap the child (a shell would reap it)
            Path comm = Path.of("/proc", Long.toString(parent.pid()), "comm");
            assertTrue(ProcessFixture.await(Duration.ofSeconds(5), () -> readOrEmpty(comm).strip().equals("sleep")),
                    "the shell did not exec");
            ProcessHandle.of(child).orElseThrow().destroyForcibly();
            assertTrue(ProcessFixture.await(Duration.ofSeconds(5), () -> !liveness.alive()), "still alive");
            assertTrue(Files.readString(Path.of("/proc", Long.toString(child), "stat")).contains(") Z "),
                    "not a zombie");
            assertTrue(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false),
                    "ProcessHandle no longer takes the zombie for alive; the zombie check may be unneeded");
        } finally {
            parent.destroyForcibly();
            parent.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void anotherStartTimeMeansTheProcessIsGone() {
        long me = ProcessHandle.current().pid();
        assertTrue(ProcessLiveness.of(me).alive());
        assertFalse(new ProcessLiveness(me, Optional.of(Instant.EPOCH), Path.of("/proc")).alive());
    }

    @Test
    void theStateAfterTheCommandDecides() throws Exception {
        long me = ProcessHandle.current().pid();
        Path stat = Files.createDirectories(proc.resolve(Long.toString(me))).resolve("stat");
        ProcessLiveness liveness = new ProcessLiveness(me, Optional.empty(), proc);
        Files.writeString(stat, me + " (odd) name) S 1 1 1 0 -1");
        assertTrue(liveness.alive());
        Files.writeString(stat, me + " (odd) name) Z 1 1 1 0 -1");
        assertFalse(liveness.alive());
        Files.writeString(stat, me + " (java) X 1 1 1 0 -1");
        assertFalse(liveness.alive());
        Files.delete(stat);
        assertFalse(liveness.alive(), "no stat file: the process is gone");
        assertTrue(new ProcessLiveness(me, Optional.empty(), proc.resolve("absent")).alive(), "no /proc: no check");
        assertEquals(me, liveness.pid());
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException gone) {
            return "";
        }
    }
}
