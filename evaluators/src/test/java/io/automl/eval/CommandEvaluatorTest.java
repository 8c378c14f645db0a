package io.automl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Evaluation;
import io.automl.engine.TrialPrunedException;
import io.automl.eval.command.CommandEvaluator;
import io.automl.space.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command evaluator against real programs: output bounds, the end of the program's whole process
 * tree however a trial ends, and the end of a trial whose program exited while a child holds stdout.
 */
class CommandEvaluatorTest {
    /** Starts {@code sleep 300} detached from the script (a grandchild), its pid in {@code child.pid}. */
    private static final String ORPHAN = "(sleep 300 >/dev/null 2>&1 & echo $! > child.pid)\n";

    @TempDir
    Path dir;

    private CommandEvaluator evaluator(String script, double timeout) throws IOException {
        Files.writeString(dir.resolve("trial.sh"), script);
        return new CommandEvaluator(List.of("sh", "trial.sh"), dir, timeout, Clock.systemUTC());
    }

    private static TestTrial trial() {
        return new TestTrial(new Config(Map.of("learningRate", 0.5)), 42);
    }

    @AfterEach
    void pumpThreadsDoNotOutliveTheTrial() {
        List<String> pumps = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).filter(n -> n.startsWith("trial-0-std")).toList();
        assertEquals(List.of(), pumps);
    }

    @Test
    void aHugeLineIsCutAndTheTrialStillCompletes() throws Exception {
        Evaluation e = evaluator("head -c 200000000 /dev/zero | tr '\\0' x\necho\necho '{\"value\": 1}'\n", 60)
                .evaluate(trial());
        assertEquals(1.0, e.value());
    }

    @Test
    void aCutStdoutLineIsNotReadAsAValueAndIsNoted() throws Exception {
        String script = "printf '{\"value\": 2, \"pad\": \"'\nhead -c 100000 /dev/zero | tr '\\0' x\necho '\"}'\n"
                + "echo '{\"step\": 1, \"value\": 0.5}'\n";
        EvaluationException e = assertThrows(EvaluationException.class, () -> evaluator(script, 60).evaluate(trial()));
        String start = "{\"value\": 2, \"pad\": \"";
        assertEquals("command printed no final {\"value\": v} or {\"values\": {...}} line; last stderr lines:\n"
                + "[stdout line cut at 65536 bytes, not read as a value line: " + start
                + "x".repeat(200 - start.length()) + "...]", e.getMessage());
    }

    @Test
    void aLongStderrLineKeepsItsFirst64KiBAndAMarker() throws Exception {
        String script = "head -c 100000 /dev/zero | tr '\\0' y >&2\necho >&2\necho done >&2\nexit 4\n";
        EvaluationException e = assertThrows(EvaluationException.class, () -> evaluator(script, 60).evaluate(trial()));
        assertEquals("command exited with status 4; last stderr lines:\n" + "y".repeat(65536)
                + " [line cut at 65536 bytes]\ndone", e.getMessage());
    }

    @Test
    void theProcessTreeIsKilledAfterAResult() throws Exception {
        Evaluation e = evaluator(ORPHAN + "echo '{\"value\": 1}'\n", 60).evaluate(trial());
        assertEquals(1.0, e.value());
        assertGone(pid("child.pid"));
    }

    @Test
    void theProcessTreeIsKilledAfterAFailure() throws Exception {
        assertThrows(EvaluationException.class, () -> evaluator(ORPHAN + "exit 3\n", 60).evaluate(trial()));
        assertGone(pid("child.pid"));
    }

    @Test
    void theProcessTreeIsKilledAfterATimeout() throws Exception {
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> evaluator(ORPHAN + "echo waiting >&2\nsleep 30\n", 1).evaluate(trial()));
        assertEquals("command timed out; last stderr lines:\nwaiting", e.getMessage());
        assertGone(pid("child.pid"));
    }

    @Test
    void theProcessTreeIsKilledAfterAPrune() throws Exception {
        String script = ORPHAN + "i=1\nwhile [ $i -le 50 ]; do echo \"{\\\"step\\\": $i, \\\"value\\\": 0.$i}\"; "
                + "sleep 0.05; i=$((i+1)); done\necho '{\"value\": 1}'\n";
        TestTrial t = new TestTrial(new Config(Map.of()), 1, 1, Optional.empty(), step -> step >= 2);
        assertThrows(TrialPrunedException.class, () -> evaluator(script, 60).evaluate(t));
        assertGone(pid("child.pid"));
    }

    @Test
    void anInterruptKillsTheProcessTreeAndIsRethrown() throws Exception {
        CommandEvaluator evaluator = evaluator("echo $$ > leader.pid\n" + ORPHAN + "sleep 300\n", 0);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread evaluating = new Thread(() -> {
            try {
                evaluator.evaluate(trial());
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "evaluating");
        evaluating.start();
        long child = awaitPid("child.pid");
        evaluating.interrupt();
        evaluating.join(5000);
        assertFalse(evaluating.isAlive(), "evaluate did not return after the interrupt");
        assertInstanceOf(InterruptedException.class, thrown.get());
        assertGone(child);
        assertGone(pid("leader.pid"));
    }

    @Test
    void aTrialEndsWhenItsProgramExitsThoughAChildHoldsStdout() throws Exception {
        CommandEvaluator evaluator = evaluator("sleep 300 &\necho $! > child.pid\necho '{\"value\": 1}'\n", 0);
        Evaluation e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> evaluator.evaluate(trial()));
        assertEquals(1.0, e.value());
        assertGone(pid("child.pid"));
    }

    private long pid(String file) throws IOException {
        return Long.parseLong(Files.readString(dir.resolve(file)).strip());
    }

    /** The pid the script writes to {@code file}, once it has (the script runs on). */
    private long awaitPid(String file) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            Path p = dir.resolve(file);
            if (Files.exists(p) && Files.readString(p).endsWith("\n")) {
                return pid(file);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the program did not write " + file + " within 10 s");
    }

    /** The process is gone: no /proc entry, or a zombie that only waits to be reaped. */
    private static void assertGone(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException gone) {
            return;
        }
        char state = stat.charAt(stat.lastIndexOf(')') + 2);
        assertTrue(state == 'Z' || state == 'X', "process " + pid + " is still running: " + stat);
    }
}
