package io.automl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code automl run} process with SIGKILL after a few finished trials, runs the same
 * command again and checks that the study ends with exactly the requested number of finished trials,
 * none lost and none counted twice.
 */
class ResumeAfterKillTest {
    private static final int TRIALS = 10;

    @TempDir
    Path data;

    @Test
    void killedRunResumesWithoutLosingOrRepeatingTrials() throws Exception {
        Path space = Examples.file("iris-mlp.json");
        Process first = start(space);
        int seen = 0;
        StringBuilder log = new StringBuilder();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(first.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while (seen < 4 && (line = err.readLine()) != null) {
                log.append(line).append('\n');
                if (line.startsWith("trial ")) {
                    seen++;
                }
            }
            first.destroyForcibly(); // SIGKILL: no shutdown hook runs, trials in flight stay RUNNING in the store
            assertTrue(first.waitFor(30, TimeUnit.SECONDS), "killed process did not exit");
        }
        assertEquals(4, seen, "the first run should have finished 4 trials before the kill; it printed:\n" + log);

        CliRun second = CliRun.of(Map.of(), "run", space.toString(), "--trials", String.valueOf(TRIALS),
                "--parallelism", "2", "--data", data.toString(), "--format", "json");
        assertEquals(0, second.exitCode(), second.err());
        JsonNode result = new ObjectMapper().readTree(second.out());
        JsonNode counts = result.get("counts");
        assertEquals(TRIALS, counts.get("complete").asInt() + counts.get("pruned").asInt() + counts.get("failed").asInt(),
                "finished trials: " + counts);
        assertEquals(0, counts.get("running").asInt());
        assertEquals(0, counts.get("waiting").asInt());

        CliRun board = CliRun.of(Map.of(), "leaderboard", "iris-mlp", "--top", "100", "--format", "json", "--data",
                data.toString());
        assertEquals(0, board.exitCode(), board.err());
        Set<Integer> numbers = new HashSet<>();
        for (JsonNode row : new ObjectMapper().readTree(board.out())) {
            assertTrue(numbers.add(row.get("trial").asInt()), "trial listed twice: " + row.get("trial"));
            assertTrue(row.get("trial").asInt() < TRIALS, "trial number beyond the budget: " + row.get("trial"));
        }
        assertEquals(counts.get("complete").asInt(), numbers.size());
    }

    private Process start(Path space) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("io.automl.cli.Main");
        cmd.addAll(List.of("run", space.toString(), "--trials", String.valueOf(TRIALS), "--parallelism", "2", "--data",
                data.toString()));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
