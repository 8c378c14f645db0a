package io.automl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failure reasons in the run summary, {@code automl trials}, {@code automl trial} and the size warnings of
 * {@code automl validate}, on real iris training into a real H2 file. The space caps networks at 100 parameters,
 * so candidates above 12 hidden units fail with the evaluator's reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrialListingCliTest {
    private final ObjectMapper json = new ObjectMapper();
    private Path dir;
    private Path data;
    private CliRun run;

    static String space(String name, long maxParameters) {
        String iris = Examples.file("datasets/iris.csv").toAbsolutePath().toString().replace("\\", "/");
        return """
                {"name": "%s", "objective": {"metric": "accuracy"},
                 "dataset": {"type": "csv", "path": "%s", "label": "label", "split": {"validation": 0.2, "test": 0.2}},
                 "budget": {"trials": 8, "epochs": 5, "parallelism": 2, "maxParameters": %d},
                 "sampler": {"type": "random", "seed": 3},
                 "params": {"learningRate": {"type": "float", "low": 0.01, "high": 0.05, "log": true},
                            "batchSize": 16},
                 "architecture": {"blocks": [{"layer": {"type": "dense",
                                  "units": {"type": "int", "low": 4, "high": 32, "log": true}}}]}}
                """.formatted(name, iris, maxParameters);
    }

    @BeforeAll
    void runACappedSearch(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        data = dir.resolve("data");
        Path file = dir.resolve("capped.json");
        Files.writeString(file, space("capped", 100));
        run = CliRun.of(Map.of(), "run", file.toString(), "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void runSummaryListsEachFailureReasonWithItsCount() throws Exception {
        CliRun list = CliRun.of(Map.of(), "trials", "capped", "--format", "json", "--data", data.toString());
        assertEquals(0, list.exitCode(), list.err());
        JsonNode trials = json.readTree(list.out());
        assertEquals(8, trials.size(), list.out());
        long failed = 0;
        for (JsonNode t : trials) {
            if (t.get("state").asText().equals("FAILED")) {
                failed++;
                assertTrue(t.get("reason").asText()
                        .matches("EvaluationException: network has \\d+ parameters, limit 100"), t.toString());
            }
        }
        assertTrue(failed > 0 && failed < 8, "the seed should give both sizes: " + list.out());
        assertTrue(run.out().contains(failed + " failed"), run.out());
        assertTrue(run.out().contains("failed trials by reason:"), run.out());
        assertTrue(run.out().matches("(?s).*  " + failed + " x EvaluationException: network has \\d+"
                + " parameters, limit 100.*"), run.out());
    }

    @Test
    void trialsFiltersByStateInEveryFormat() throws Exception {
        CliRun table = CliRun.of(Map.of(), "trials", "capped", "--state", "failed", "--data", data.toString());
        assertEquals(0, table.exitCode(), table.err());
        String[] lines = table.out().strip().split("\\R");
        assertTrue(lines[0].matches("trial\\s+state\\s+value\\s+epochs\\s+seconds\\s+attempt\\s+reason"), lines[0]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].matches("\\d+\\s+FAILED\\s+0\\s+[\\d.]+\\s+0\\s+"
                    + "EvaluationException: network has \\d+ parameters, limit 100"), lines[i]);
        }
        CliRun csv = CliRun.of(Map.of(), "trials", "capped", "--state", "COMPLETE", "--format", "csv", "--data",
                data.toString());
        assertEquals(0, csv.exitCode(), csv.err());
        String[] rows = csv.out().strip().split("\\R");
        assertEquals("trial,state,value,epochs,seconds,attempt,reason", rows[0]);
        assertEquals(8 - (lines.length - 1), rows.length - 1, csv.out());
        for (int i = 1; i < rows.length; i++) {
            String[] cells = rows[i].split(",", -1);
            assertEquals("COMPLETE", cells[1]);
            double value = Double.parseDouble(cells[2]);
            assertTrue(value >= 0 && value <= 1, rows[i]);
            assertTrue(Integer.parseInt(cells[3]) >= 1, rows[i]);
        }
        CliRun bad = CliRun.of(Map.of(), "trials", "capped", "--state", "done", "--data", data.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--state must be one of") && bad.err().contains("'done'"), bad.err());
    }

    @Test
    void trialShowsOneTrialWithItsLearningCurveAsASparkline() throws Exception {
        CliRun complete = CliRun.of(Map.of(), "trials", "capped", "--state", "complete", "--format", "json",
                "--data", data.toString());
        JsonNode first = json.readTree(complete.out()).get(0);
        int number = first.get("trial").asInt();
        CliRun one = CliRun.of(Map.of(), "trial", "capped", String.valueOf(number), "--data", data.toString());
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.out().contains("state     COMPLETE\n"), one.out());
        assertTrue(one.out().matches("(?s).*curve\\s+[▁▂▃▄▅▆▇█]{" + first.get("epochs").asInt()
                + "}  steps 1-\\d+, min .*"), one.out());
        CliRun asJson = CliRun.of(Map.of(), "trial", "capped", String.valueOf(number), "--format", "json", "--data",
                data.toString());
        JsonNode t = json.readTree(asJson.out());
        assertEquals(first.get("epochs").asInt(), t.get("intermediate").size(), asJson.out());
        assertEquals(first.get("value").asDouble(), t.get("value").asDouble(), 1e-12);
        CliRun missing = CliRun.of(Map.of(), "trial", "capped", "99", "--data", data.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("study 'capped' has no trial 99; it has 8 trials"), missing.err());
    }

    @Test
    void importanceNamesItsMethodAndWarnsOnFewTrials() throws Exception {
        CliRun table = CliRun.of(Map.of(), "importance", "capped", "--data", data.toString());
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.err().contains("automl: warning: only ") && table.err().contains("complete trials: the"
                + " ranking needs at least 20"), table.err());
        assertTrue(table.out().startsWith("method: omega squared of a one-way ANOVA"), table.out());
        assertTrue(table.out().matches("(?s).*\\nparameter\\s+importance\\s+omega2\\s+bins\\s+present.*"),
                table.out());
        JsonNode j = json.readTree(CliRun.of(Map.of(), "importance", "capped", "--format", "json", "--data",
                data.toString()).out());
        assertTrue(j.get("trials").asInt() >= 1 && j.get("trials").asInt() < 8, j.toString());
        assertEquals(20, j.get("minimumTrials").asInt());
        for (JsonNode p : j.get("parameters")) {
            assertTrue(p.get("share").asDouble() >= 0 && p.get("share").asDouble() <= 1, p.toString());
        }
    }

    @Test
    void validateWarnsWhenEvenTheSmallestNetworkIsTooLarge() throws Exception {
        Path tight = dir.resolve("tight.json");
        Files.writeString(tight, space("tight", 30));
        CliRun warned = CliRun.of(Map.of(), "validate", tight.toString());
        assertEquals(0, warned.exitCode(), warned.err());
        // 4 features -> 4 units -> 3 classes: 4*4+4 + 4*3+3 = 35 parameters at the least
        assertTrue(warned.err().contains("automl: warning: /budget/maxParameters: the smallest network of this space"
                + " has 35 parameters, limit 30: every trial would fail"), warned.err());
        Path fine = dir.resolve("fine.json");
        Files.writeString(fine, space("fine", 100));
        CliRun quiet = CliRun.of(Map.of(), "validate", fine.toString());
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertFalse(quiet.err().contains("every trial would fail"), quiet.err());
        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, space("huge", 1_000_000).replace("\"batchSize\": 16", "\"batchSize\": 16000000"));
        CliRun memory = CliRun.of(Map.of(), "validate", huge.toString());
        assertTrue(memory.err().contains("/budget/maxActivationMB: the smallest network of this space needs about"),
                memory.err());
    }
}
