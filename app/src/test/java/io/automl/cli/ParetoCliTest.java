package io.automl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A two-objective search (accuracy against parameters) on iris from the command line: real training, H2. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParetoCliTest {
    private final ObjectMapper json = new ObjectMapper();
    private Path data;
    private Path dir;
    private JsonNode run;

    @BeforeAll
    void runSearch(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        data = dir.resolve("data");
        CliRun r = CliRun.of(Map.of(), "run", Examples.file("iris-pareto.json").toString(), "--trials", "6",
                "--data", data.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        run = json.readTree(r.out());
    }

    @Test
    void runReportsTheFrontAndItsHypervolume() {
        JsonNode pareto = run.get("pareto");
        assertTrue(pareto.isArray() && pareto.size() >= 1, run.toString());
        for (JsonNode t : pareto) {
            assertTrue(t.get("trial").isInt());
            assertTrue(t.get("values").get("accuracy").asDouble() > 0.5, t.toString());
            assertTrue(t.get("values").get("parameters").asDouble() >= 4 * 1 + 1 + 1 * 3 + 3, t.toString());
            assertTrue(t.get("config").has("learningRate"));
        }
        assertTrue(run.get("hypervolume").asDouble() > 0, run.toString());
        assertEquals(List.of(0.5, 2000.0), List.of(run.get("reference").get(0).asDouble(),
                run.get("reference").get(1).asDouble()));
        for (int i = 1; i < pareto.size(); i++) {
            assertTrue(pareto.get(i - 1).get("values").get("accuracy").asDouble()
                    >= pareto.get(i).get("values").get("accuracy").asDouble(), "ordered by accuracy: " + pareto);
            assertTrue(pareto.get(i - 1).get("values").get("parameters").asDouble()
                    > pareto.get(i).get("values").get("parameters").asDouble(), "a trade-off: " + pareto);
        }
    }

    @Test
    void leaderboardShowsTheSameFrontInEveryFormat() throws Exception {
        CliRun j = CliRun.of(Map.of(), "leaderboard", "iris-pareto", "--data", data.toString(), "--format", "json");
        assertEquals(0, j.exitCode(), j.err());
        JsonNode board = json.readTree(j.out());
        assertEquals(run.get("pareto"), board.get("pareto"));
        assertEquals(run.get("hypervolume"), board.get("hypervolume"));
        assertEquals("iris-pareto", board.get("study").asText());
        CliRun table = CliRun.of(Map.of(), "leaderboard", "iris-pareto", "--data", data.toString());
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().startsWith("Pareto front: " + run.get("pareto").size() + " of "), table.out());
        assertTrue(table.out().contains("accuracy (max)") && table.out().contains("parameters (min)"), table.out());
        assertTrue(table.out().contains("hypervolume "), table.out());
        CliRun csv = CliRun.of(Map.of(), "leaderboard", "iris-pareto", "--data", data.toString(), "--format", "csv");
        assertEquals(run.get("pareto").size() + 1, csv.out().split("\n").length, csv.out());
        assertTrue(csv.out().startsWith("trial,accuracy,parameters,params\n"), csv.out());
    }

    @Test
    void anyTrialOfTheFrontExports() {
        for (JsonNode t : run.get("pareto")) {
            Path out = dir.resolve("front-" + t.get("trial").asInt() + ".zip");
            CliRun r = CliRun.of(Map.of(), "export", "iris-pareto", "--trial", t.get("trial").asText(), "--out",
                    out.toString(), "--data", data.toString());
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(Files.isRegularFile(out));
            assertTrue(r.out().contains("trial " + t.get("trial").asInt()), r.out());
        }
    }

    @Test
    void aMultiObjectiveSpaceWithAPrunerIsRefusedByValidateWithItsPointer() throws Exception {
        String text = Files.readString(Examples.file("iris-pareto.json"))
                .replace("\"earlyStopping\"", "\"pruner\": {\"type\": \"asha\"}, \"earlyStopping\"");
        Path bad = Examples.dir().resolve("iris-pareto-pruned.tmp.json");
        Files.writeString(bad, text);
        try {
            CliRun r = CliRun.of(Map.of(), "validate", bad.toString());
            assertTrue(r.exitCode() != 0);
            assertTrue(r.err().contains("/pruner/type") && r.err().contains("needs a single objective"), r.err());
        } finally {
            Files.deleteIfExists(bad);
        }
    }
}
