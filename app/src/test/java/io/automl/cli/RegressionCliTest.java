package io.automl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The regression example end to end on the bundled wine data: a real search, export, the bundle's manifest and
 * predict printing numbers and the regression metrics.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegressionCliTest {
    private final ObjectMapper json = new ObjectMapper();
    private Path dir;
    private Path data;
    private JsonNode run;

    @BeforeAll
    void runSmallSearch(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        data = dir.resolve("data");
        CliRun r = CliRun.of(Map.of(), "run", Examples.file("wine-regression.json").toString(), "--trials", "3",
                "--parallelism", "2", "--data", data.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        run = json.readTree(r.out());
    }

    @Test
    void searchReachesAHighR2() {
        assertEquals("wine-regression", run.get("study").asText());
        assertEquals(3, run.at("/counts/complete").asInt(), run.toString());
        assertTrue(run.at("/best/value").asDouble() > 0.8, "validation r2 of the best trial: " + run);
    }

    @Test
    void exportedBundleIsARegressionModelAndPredictPrintsNumbersAndMetrics() throws Exception {
        Path bundle = dir.resolve("wine.zip");
        CliRun export = CliRun.of(Map.of(), "export", "wine-regression", "--out", bundle.toString(), "--data",
                data.toString());
        assertEquals(0, export.exitCode(), export.err());
        JsonNode manifest;
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            manifest = json.readTree(zip.getInputStream(zip.getEntry("automl/manifest.json")));
        }
        assertEquals(3, manifest.get("formatVersion").asInt());
        assertEquals("regression", manifest.get("task").asText());
        assertEquals("flavanoids", manifest.get("labelColumn").asText());
        assertTrue(manifest.at("/target/std").asDouble() > 0, manifest.toString());
        boolean cpu = Nd4j.getEnvironment().isCPU();
        assertTrue(manifest.at("/provenance/device").asText().startsWith(cpu ? "cpu" : "gpu:"), manifest.toString());
        assertTrue(manifest.at("/provenance/nd4j_backend").asText().startsWith(cpu ? "CpuBackend (" : "JCublasBackend ("),
                manifest.toString());
        assertTrue(manifest.at("/metrics/test_r2").asDouble() > 0.7, manifest.toString());
        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(bundle.toFile());
        assertEquals(12, net.layerInputSize(0), "the class label and the target are no inputs");
        assertEquals(1, net.getLayer(net.getnLayers() - 1).getParam("W").columns());

        CliRun predict = CliRun.of(Map.of(), "predict", bundle.toString(),
                Examples.file("datasets/wine.csv").toString());
        assertEquals(0, predict.exitCode(), predict.err());
        List<String> lines = predict.out().lines().toList();
        assertEquals(178, lines.size());
        for (String l : lines) {
            double v = Double.parseDouble(l);
            assertTrue(v > -1 && v < 7, "a flavanoid content: " + l);
        }
        String metrics = predict.err().lines().filter(l -> l.startsWith("mse ")).findFirst().orElseThrow();
        String[] parts = metrics.split(" ");
        assertEquals(List.of("mse", "mae", "r2", "on", "178", "rows"),
                List.of(parts[0], parts[2], parts[4], parts[6], parts[7], parts[8]), metrics);
        assertTrue(Double.parseDouble(parts[5]) > 0.8, metrics);

        Path noTarget = dir.resolve("no-target.csv");
        List<String> rows = Files.readAllLines(Examples.file("datasets/wine.csv"));
        StringBuilder sb = new StringBuilder();
        for (String row : rows) {
            String[] cells = row.split(",");
            cells[6] = null;
            sb.append(String.join(",", java.util.Arrays.stream(cells).filter(c -> c != null).toList())).append('\n');
        }
        Files.writeString(noTarget, sb);
        CliRun unlabelled = CliRun.of(Map.of(), "predict", bundle.toString(), noTarget.toString());
        assertEquals(0, unlabelled.exitCode(), unlabelled.err());
        assertEquals(lines, unlabelled.out().lines().toList());
        assertTrue(unlabelled.err().lines().noneMatch(l -> l.startsWith("mse ")), unlabelled.err());
    }

    @Test
    void validateNamesAMetricOfTheOtherTask() throws Exception {
        ObjectNode space = (ObjectNode) json.readTree(Examples.file("wine-regression.json").toFile());
        ((ObjectNode) space.at("/objective")).put("metric", "accuracy");
        ((ObjectNode) space.at("/dataset")).put("path", Examples.file("datasets/wine.csv").toString());
        ((ObjectNode) space.at("/dataset")).withArray("exclude").add("colour");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, space.toString());
        CliRun r = CliRun.of(Map.of(), "validate", broken.toString());
        assertEquals(2, r.exitCode());
        List<String> errors = r.err().lines().toList();
        assertEquals(2, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("/objective/metric: metric 'accuracy' needs a classification data set"),
                errors.get(0));
        assertTrue(errors.get(0).endsWith("(got \"accuracy\")"), errors.get(0));
        assertTrue(errors.get(1).startsWith("/dataset/exclude/1: no column 'colour'; columns of wine.csv: alcohol,"),
                errors.get(1));
    }
}
