package io.automl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on the bundled iris data: real training, a real H2 file, real files out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliTest {
    private final ObjectMapper json = new ObjectMapper();

    private Path dir;
    private Path data;
    private JsonNode run;
    private String runErr;

    @BeforeAll
    void runSmallSearch(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        data = dir.resolve("data");
        CliRun r = CliRun.of(Map.of(), "run", Examples.file("iris-mlp.json").toString(), "--trials", "4",
                "--parallelism", "2", "--data", data.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        run = json.readTree(r.out());
        runErr = r.err();
    }

    @Test
    void serveRefusesBadOptionsBeforeWritingAnything() {
        Path serveData = dir.resolve("serve-data");
        for (String[] bad : List.of(new String[] {"--isolation", "bogus"}, new String[] {"--workers", "0"},
                new String[] {"--lease-seconds", "1"}, new String[] {"--worker-nice", "20"})) {
            CliRun r = CliRun.of(Map.of(), "serve", bad[0], bad[1], "--data", serveData.toString());
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains(bad[0]) && r.err().contains(bad[1]), r.err());
            assertFalse(Files.exists(serveData), "serve " + bad[0] + " " + bad[1] + " created " + serveData);
        }
    }

    @Test
    void serveRefusesOpenReadsBeyondLoopbackAndBadPublicHostsBeforeWritingAnything() {
        Path serveData = dir.resolve("serve-open-data");
        CliRun open = CliRun.of(Map.of(), "serve", "--open-reads", "--bind", "0.0.0.0", "--data", serveData.toString());
        assertEquals(2, open.exitCode(), open.err());
        assertTrue(open.err().contains("--open-reads") && open.err().contains("0.0.0.0"), open.err());
        CliRun host = CliRun.of(Map.of(), "serve", "--public-host", "http://automl.example.com/", "--data",
                serveData.toString());
        assertEquals(2, host.exitCode(), host.err());
        assertTrue(host.err().contains("--public-host") && host.err().contains("http://automl.example.com/"),
                host.err());
        assertFalse(Files.exists(serveData), "refused serve created " + serveData);
    }

    @Test
    void runWarnsWhenOpenMpThreadsWouldSpin() {
        // the environment of this run names no OMP_WAIT_POLICY
        assertTrue(runErr.contains("warning: OMP_WAIT_POLICY is not set"), runErr);
    }

    @Test
    void runPrintsOneJsonObjectWithBestAndCounts() {
        assertEquals("iris-mlp", run.get("study").asText());
        JsonNode counts = run.get("counts");
        assertEquals(4, counts.get("complete").asInt() + counts.get("pruned").asInt() + counts.get("failed").asInt());
        JsonNode best = run.get("best");
        assertTrue(best.get("value").asDouble() > 0.8, "iris should be learnable: " + best);
        assertTrue(best.get("config").has("learningRate"), best.toString());
        assertTrue(best.get("trial").asInt() >= 0 && best.get("trial").asInt() < 4);
    }

    @Test
    void validateReportsEveryMistakeWithItsPointer() throws Exception {
        ObjectNode space = (ObjectNode) json.readTree(Examples.file("digits-mlp.json").toFile());
        ((ObjectNode) space.at("/params/learningRate")).put("low", 0);
        ((ObjectNode) space.at("/params/batchSize")).set("values", json.createArrayNode());
        ((ObjectNode) space.at("/architecture/blocks/0/layer")).put("type", "dense2");
        ((ObjectNode) space.at("/dataset")).put("path", Examples.file("datasets/digits.csv").toString());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, space.toString());

        CliRun r = CliRun.of(Map.of(), "validate", broken.toString());
        assertEquals(2, r.exitCode());
        List<String> lines = r.err().lines().toList();
        assertEquals(3, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("/params/learningRate/low: "), lines.get(0));
        assertTrue(lines.get(1).startsWith("/params/batchSize/values: "), lines.get(1));
        assertTrue(lines.get(2).startsWith("/architecture/blocks/0/layer/type: "), lines.get(2));
        assertTrue(lines.get(2).contains("dense2"), lines.get(2));
    }

    @Test
    void validateSummarisesAValidSpace() {
        CliRun r = CliRun.of(Map.of(), "validate", Examples.file("digits-mlp.yaml").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("digits-mlp: 4 params, "), r.out());
    }

    @Test
    void missingFilesAndUnknownStudiesAreUserErrors() {
        assertEquals(2, CliRun.of(Map.of(), "validate", dir.resolve("nope.json").toString()).exitCode());
        CliRun r = CliRun.of(Map.of(), "leaderboard", "no-such-study", "--data", data.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no study named 'no-such-study'"), r.err());
        assertEquals(2, CliRun.of(Map.of(), "run", "--trials", "x", "a.json").exitCode());
    }

    @Test
    void leaderboardFormatsAgree() throws Exception {
        CliRun table = CliRun.of(Map.of(), "leaderboard", "iris-mlp", "--data", data.toString());
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().lines().findFirst().orElseThrow().startsWith("rank  trial  value"), table.out());

        CliRun asJson = CliRun.of(Map.of(), "leaderboard", "iris-mlp", "--format", "json", "--data", data.toString());
        ArrayNode rows = (ArrayNode) json.readTree(asJson.out());
        assertEquals(run.at("/best/trial").asInt(), rows.get(0).get("trial").asInt());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).get("value").asDouble() >= rows.get(i).get("value").asDouble());
        }

        CliRun csv = CliRun.of(Map.of(), "leaderboard", "iris-mlp", "--format", "csv", "--top", "1", "--data",
                data.toString());
        List<String> lines = csv.out().lines().toList();
        assertEquals(2, lines.size(), csv.out());
        assertTrue(lines.get(0).startsWith("rank,trial,value,epochs,seconds,learningRate"), lines.get(0));
        assertTrue(lines.get(1).startsWith("1," + rows.get(0).get("trial").asInt() + ","), lines.get(1));
    }

    @Test
    void exportedBundleOpensInPlainDl4jAndPredicts() throws Exception {
        Path bundle = dir.resolve("best.zip");
        CliRun export = CliRun.of(Map.of(), "export", "iris-mlp", "--out", bundle.toString(), "--data", data.toString());
        assertEquals(0, export.exitCode(), export.err());

        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(bundle.toFile());
        assertEquals(4, net.layerInputSize(0));
        assertEquals(3, net.getLayer(net.getnLayers() - 1).getParam("W").columns());
        assertTrue(ModelSerializer.restoreNormalizerFromFile(bundle.toFile()) != null);

        CliRun predict = CliRun.of(Map.of(), "predict", bundle.toString(), Examples.file("datasets/iris.csv").toString());
        assertEquals(0, predict.exitCode(), predict.err());
        assertEquals(150, predict.out().lines().count());
        String accuracy = predict.err().lines().filter(l -> l.startsWith("accuracy ")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(accuracy.split(" ")[1]) > 0.8, accuracy);

        CliRun notComplete = CliRun.of(Map.of(), "export", "iris-mlp", "--trial", "99", "--out",
                dir.resolve("x.zip").toString(), "--data", data.toString());
        assertEquals(2, notComplete.exitCode());
        assertTrue(Files.notExists(dir.resolve("x.zip")));
    }
}
