package io.automl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.deeplearning4j.arbiter.MultiLayerSpace;
import org.deeplearning4j.arbiter.conf.updater.AdamSpace;
import org.deeplearning4j.arbiter.conf.updater.AdaGradSpace;
import org.deeplearning4j.arbiter.layers.DenseLayerSpace;
import org.deeplearning4j.arbiter.layers.OutputLayerSpace;
import org.deeplearning4j.arbiter.optimize.distribution.LogUniformDistribution;
import org.deeplearning4j.arbiter.optimize.parameter.continuous.ContinuousParameterSpace;
import org.deeplearning4j.arbiter.optimize.parameter.discrete.DiscreteParameterSpace;
import org.deeplearning4j.arbiter.optimize.parameter.integer.IntegerParameterSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * {@code automl import-arbiter} reads the JSON and YAML that Arbiter's own {@code MultiLayerSpace.toJson()} and
 * {@code toYaml()} write, and the space it writes runs a real search on iris.
 */
class ImportArbiterCliTest {
    private final ObjectMapper json = new ObjectMapper();

    private static MultiLayerSpace irisSearch() {
        return new MultiLayerSpace.Builder()
                .updater(new AdamSpace(new ContinuousParameterSpace(new LogUniformDistribution(0.005, 0.05))))
                .l2(new ContinuousParameterSpace(1e-5, 1e-3))
                .addLayer(new DenseLayerSpace.Builder().nIn(4).nOut(new IntegerParameterSpace(4, 16))
                        .activation(new DiscreteParameterSpace<>(Activation.RELU, Activation.TANH)).build(),
                        new IntegerParameterSpace(1, 2))
                .addLayer(new OutputLayerSpace.Builder().nOut(3).activation(Activation.SOFTMAX)
                        .lossFunction(LossFunction.MCXENT).build())
                .numEpochs(6)
                .build();
    }

    @Test
    void importedSpaceRunsASearch(@TempDir Path dir) throws Exception {
        Path iris = Files.copy(Examples.file("datasets/iris.csv"), dir.resolve("iris.csv"));
        Path arbiterJson = Files.writeString(dir.resolve("iris-arbiter.json"), irisSearch().toJson());
        Path space = dir.resolve("space.json");

        CliRun imported = CliRun.of(Map.of(), "import-arbiter", arbiterJson.toString(), "--out", space.toString(),
                "--dataset", iris.toString(), "--label", "label");
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.err().contains("note: layer 0 (DenseLayerSpace) nIn: ignored"), imported.err());
        JsonNode doc = json.readTree(space.toFile());
        assertEquals("iris-arbiter", doc.at("/name").asText());
        assertEquals("iris.csv", doc.at("/dataset/path").asText());
        assertEquals("accuracy", doc.at("/objective/metric").asText());
        assertEquals("maximize", doc.at("/objective/direction").asText());
        assertTrue(doc.at("/params/learningRate/log").asBoolean(), doc.toString());

        CliRun validate = CliRun.of(Map.of(), "validate", space.toString());
        assertEquals(0, validate.exitCode(), validate.err());

        CliRun run = CliRun.of(Map.of(), "run", space.toString(), "--trials", "3", "--data",
                dir.resolve("data").toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = json.readTree(run.out());
        assertEquals(3, result.at("/counts/complete").asInt(), run.out());
        assertTrue(result.at("/best/value").asDouble() > 0.5, run.out());
        assertTrue(result.at("/best/config").has("arch.b0.l0.units"), run.out());
    }

    @Test
    void yamlImportsLikeJson(@TempDir Path dir) throws Exception {
        Path iris = Files.copy(Examples.file("datasets/iris.csv"), dir.resolve("iris.csv"));
        Path fromJson = Files.writeString(dir.resolve("a.json"), irisSearch().toJson());
        Path fromYaml = Files.writeString(dir.resolve("a.yaml"), irisSearch().toYaml());
        CliRun a = CliRun.of(Map.of(), "import-arbiter", fromJson.toString(), "--dataset", iris.toString());
        CliRun b = CliRun.of(Map.of(), "import-arbiter", fromYaml.toString(), "--dataset", iris.toString());
        assertEquals(0, a.exitCode(), a.err());
        assertEquals(0, b.exitCode(), b.err());
        assertEquals(json.readTree(a.out()), json.readTree(b.out()));
        assertEquals(iris.toString(), json.readTree(b.out()).at("/dataset/path").asText());
    }

    @Test
    void unreadableOrUnsupportedFilesExitWithTwoAndAMissingDataSetIsANote(@TempDir Path dir) throws Exception {
        Path iris = Files.copy(Examples.file("datasets/iris.csv"), dir.resolve("iris.csv"));
        Path garbage = Files.writeString(dir.resolve("garbage.yaml"), "layers: [1, 2\n");
        CliRun g = CliRun.of(Map.of(), "import-arbiter", garbage.toString(), "--dataset", iris.toString());
        assertEquals(2, g.exitCode());
        assertTrue(g.err().contains("cannot import:") && g.err().contains("not an Arbiter MultiLayerSpace in YAML"),
                g.err());

        MultiLayerSpace adagrad = new MultiLayerSpace.Builder()
                .updater(new AdaGradSpace(new ContinuousParameterSpace(0.01, 0.1)))
                .addLayer(new DenseLayerSpace.Builder().nOut(8).build())
                .addLayer(new OutputLayerSpace.Builder().activation(Activation.SOFTMAX).build())
                .build();
        Path unsupported = Files.writeString(dir.resolve("adagrad.json"), adagrad.toJson());
        CliRun u = CliRun.of(Map.of(), "import-arbiter", unsupported.toString(), "--dataset", iris.toString(),
                "--out", dir.resolve("out.json").toString());
        assertEquals(2, u.exitCode());
        assertTrue(u.err().contains("MultiLayerSpace updater: AdaGradSpace is not supported; supported: AdamSpace"),
                u.err());
        assertTrue(!Files.exists(dir.resolve("out.json")), "nothing written for an unsupported space");

        // Arbiter 1.0.0-beta7 writes a layer's dropOut in JSON that it cannot read back (README says so)
        MultiLayerSpace layerDropout = new MultiLayerSpace.Builder()
                .addLayer(new DenseLayerSpace.Builder().nOut(8).dropOut(0.5).build())
                .addLayer(new OutputLayerSpace.Builder().activation(Activation.SOFTMAX).build())
                .build();
        Path dropout = Files.writeString(dir.resolve("dropout.json"), layerDropout.toJson());
        CliRun d = CliRun.of(Map.of(), "import-arbiter", dropout.toString(), "--dataset", iris.toString());
        assertEquals(2, d.exitCode());
        assertTrue(d.err().contains("not an Arbiter MultiLayerSpace in JSON") && d.err().contains("DropoutSpace"),
                d.err());

        Path good = Files.writeString(dir.resolve("good.json"), irisSearch().toJson());
        CliRun noData = CliRun.of(Map.of(), "import-arbiter", good.toString());
        assertEquals(0, noData.exitCode(), noData.err());
        assertTrue(noData.err().contains("note: /dataset/path: data.csv does not exist"), noData.err());
        assertEquals("data.csv", json.readTree(noData.out()).at("/dataset/path").asText());

        CliRun missing = CliRun.of(Map.of(), "import-arbiter", dir.resolve("nope.json").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such search-space file"), missing.err());
    }
}
