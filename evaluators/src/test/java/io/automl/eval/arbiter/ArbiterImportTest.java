package io.automl.eval.arbiter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceParser;
import java.nio.file.Path;
import org.deeplearning4j.arbiter.MultiLayerSpace;
import org.deeplearning4j.arbiter.conf.updater.AdaGradSpace;
import org.deeplearning4j.arbiter.conf.updater.AdamSpace;
import org.deeplearning4j.arbiter.layers.BatchNormalizationSpace;
import org.deeplearning4j.arbiter.layers.ConvolutionLayerSpace;
import org.deeplearning4j.arbiter.layers.DropoutLayerSpace;
import org.deeplearning4j.arbiter.layers.GlobalPoolingLayerSpace;
import org.deeplearning4j.arbiter.layers.LSTMLayerSpace;
import org.deeplearning4j.arbiter.layers.DenseLayerSpace;
import org.deeplearning4j.arbiter.layers.EmbeddingLayerSpace;
import org.deeplearning4j.arbiter.layers.OutputLayerSpace;
import org.deeplearning4j.arbiter.layers.SubsamplingLayerSpace;
import org.deeplearning4j.arbiter.optimize.api.AbstractParameterSpace;
import org.deeplearning4j.arbiter.optimize.distribution.LogUniformDistribution;
import org.deeplearning4j.arbiter.optimize.parameter.FixedValue;
import org.deeplearning4j.arbiter.optimize.parameter.continuous.ContinuousParameterSpace;
import org.deeplearning4j.arbiter.optimize.parameter.discrete.DiscreteParameterSpace;
import org.deeplearning4j.arbiter.optimize.parameter.integer.IntegerParameterSpace;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** Spaces built with Arbiter's own builders convert to spaces our parser accepts, with the same choices. */
class ArbiterImportTest {
    private final ObjectMapper json = new ObjectMapper();
    private final ArbiterImport importer = new ArbiterImport(json);
    private final SpaceParser parser = new SpaceParser();
    private final ImportOptions options = ImportOptions.of("arbiter-mlp", "src/test/resources/data/iris.csv", "label");

    static MultiLayerSpace mlp() {
        return new MultiLayerSpace.Builder()
                .updater(new AdamSpace(new ContinuousParameterSpace(new LogUniformDistribution(1e-4, 1e-1))))
                .l2(new ContinuousParameterSpace(1e-5, 1e-3))
                .dropOut(new ContinuousParameterSpace(0.6, 0.9))
                .addLayer(new DenseLayerSpace.Builder().nIn(4).nOut(new IntegerParameterSpace(8, 64))
                        .activation(new DiscreteParameterSpace<>(Activation.RELU, Activation.TANH)).build(),
                        new IntegerParameterSpace(1, 3))
                .addLayer(new OutputLayerSpace.Builder().nOut(3).activation(Activation.SOFTMAX)
                        .lossFunction(LossFunction.MCXENT).build())
                .numEpochs(5)
                .build();
    }

    @Test
    void denseSearchConvertsEveryChoice() throws Exception {
        ImportedSpace imported = importer.convert(mlp(), options);
        JsonNode doc = json.readTree(imported.json());
        assertEquals("adam", doc.at("/params/optimizer").asText());
        assertEquals(json.readTree("{\"type\":\"float\",\"low\":1.0E-4,\"high\":0.1,\"log\":true}"),
                doc.at("/params/learningRate"));
        assertEquals(json.readTree("{\"type\":\"float\",\"low\":1.0E-5,\"high\":0.001}"), doc.at("/params/l2"));
        JsonNode blocks = doc.at("/architecture/blocks");
        assertEquals(2, blocks.size(), blocks.toString());
        // DL4J drops each layer's input: a leading dropout layer, then the dense layers' dropout after each copy
        assertEquals("dropout", blocks.at("/0/layer/type").asText());
        assertEquals(json.readTree("{\"type\":\"float\",\"low\":0.1,\"high\":0.4}"), blocks.at("/0/layer/rate"));
        assertEquals(json.readTree("{\"type\":\"int\",\"low\":1,\"high\":3}"), blocks.at("/1/repeat"));
        assertEquals(json.readTree("{\"type\":\"int\",\"low\":8,\"high\":64}"), blocks.at("/1/layer/units"));
        assertEquals(json.readTree("{\"type\":\"categorical\",\"values\":[\"relu\",\"tanh\"]}"),
                blocks.at("/1/layer/activation"));
        assertEquals(blocks.at("/0/layer/rate"), blocks.at("/1/layer/dropout"));
        assertEquals("softmax", doc.at("/architecture/output/activation").asText());
        assertEquals("mcxent", doc.at("/architecture/output/loss").asText());
        assertEquals(5, doc.at("/budget/epochs").asInt());
        assertEquals("maximize", doc.at("/objective/direction").asText());
        assertTrue(imported.notes().stream().anyMatch(n -> n.startsWith("layer 0 (DenseLayerSpace) nIn")),
                imported.notes().toString());

        SearchSpace space = parser.parse(imported.json(), Path.of("."));
        assertEquals("arbiter-mlp", space.name());
        assertTrue(space.dimensions().stream().anyMatch(d -> d.key().equals("learningRate")));
        assertTrue(space.dimensions().stream().anyMatch(d -> d.key().equals("arch.b1.repeat")),
                space.dimensions().toString());
    }

    @Test
    void convolutionalSearchConvertsToImageLayers() throws Exception {
        MultiLayerSpace cnn = new MultiLayerSpace.Builder()
                .updater(new Nesterovs(0.01, 0.8))
                .setInputType(InputType.convolutionalFlat(8, 8, 1))
                .addLayer(new ConvolutionLayerSpace.Builder().nOut(new DiscreteParameterSpace<>(4, 8))
                        .kernelSize(3, 3).stride(1, 1).convolutionMode(ConvolutionMode.Same)
                        .activation(Activation.RELU).build())
                .addLayer(new SubsamplingLayerSpace.Builder().poolingType(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2).stride(2, 2).build())
                .addLayer(new DenseLayerSpace.Builder().nOut(16).activation(Activation.RELU).build())
                .addLayer(new OutputLayerSpace.Builder().activation(Activation.SOFTMAX)
                        .lossFunction(LossFunction.MCXENT).build())
                .build();
        JsonNode doc = json.readTree(importer.convert(cnn, options).json());
        assertEquals("nesterovs", doc.at("/params/optimizer").asText());
        assertEquals(0.01, doc.at("/params/learningRate").asDouble());
        assertEquals(0.8, doc.at("/params/momentum").asDouble());
        assertEquals(json.readTree("{\"type\":\"image\",\"height\":8,\"width\":8,\"channels\":1}"),
                doc.at("/architecture/input"));
        assertEquals(json.readTree("{\"type\":\"conv2d\",\"filters\":{\"type\":\"categorical\",\"values\":[4,8]},"
                + "\"kernel\":3,\"stride\":1,\"padding\":\"same\",\"activation\":\"relu\"}"),
                doc.at("/architecture/blocks/0/layer"));
        assertEquals(json.readTree("{\"type\":\"pool2d\",\"mode\":\"max\",\"size\":2,\"stride\":2}"),
                doc.at("/architecture/blocks/1/layer"));
        parser.parse(doc.toString(), Path.of("."));
    }

    @Test
    void recurrentSearchConvertsWithDl4jDefaultsWrittenOut() throws Exception {
        MultiLayerSpace rnn = new MultiLayerSpace.Builder()
                .updater(new DiscreteParameterSpace<>(new Adam(0.01), new Sgd(0.01)))
                .activation(Activation.TANH)
                .setInputType(InputType.recurrent(2, 2))
                .addLayer(new LSTMLayerSpace.Builder().nOut(new IntegerParameterSpace(4, 12)).build())
                .addLayer(new GlobalPoolingLayerSpace.Builder().build())
                .addLayer(new BatchNormalizationSpace.Builder().build())
                .addLayer(new DropoutLayerSpace.Builder().dropOut(0.75).build())
                .addLayer(new OutputLayerSpace.Builder().lossFunction(LossFunction.MCXENT).build())
                .build();
        JsonNode doc = json.readTree(importer.convert(rnn, options).json());
        assertEquals(json.readTree("{\"type\":\"categorical\",\"values\":[\"adam\",\"sgd\"]}"),
                doc.at("/params/optimizer"));
        assertEquals(0.01, doc.at("/params/learningRate").asDouble());
        assertEquals(json.readTree("{\"type\":\"sequence\",\"steps\":2,\"features\":2}"),
                doc.at("/architecture/input"));
        assertEquals(json.readTree("{\"type\":\"lstm\",\"units\":{\"type\":\"int\",\"low\":4,\"high\":12},"
                + "\"activation\":\"tanh\",\"returnSequences\":true}"), doc.at("/architecture/blocks/0/layer"));
        assertEquals("max", doc.at("/architecture/blocks/1/layer/mode").asText());
        assertEquals("batchnorm", doc.at("/architecture/blocks/2/layer/type").asText());
        assertEquals(json.readTree("{\"type\":\"dropout\",\"rate\":0.25}"), doc.at("/architecture/blocks/3/layer"));
        assertEquals("softmax", doc.at("/architecture/output/activation").asText(), "DL4J's output default");
        parser.parse(doc.toString(), Path.of("."));
    }

    @Test
    void whatTheFormatCannotSayIsReportedByName() {
        MultiLayerSpace space = new MultiLayerSpace.Builder()
                .updater(new AdaGradSpace(new ContinuousParameterSpace(0.01, 0.1)))
                .weightInit(WeightInit.RELU)
                .addLayer(new DenseLayerSpace.Builder().nOut(new Custom()).weightInit(WeightInit.XAVIER).build())
                .addLayer(new EmbeddingLayerSpace.Builder().nOut(4).build())
                .addLayer(new OutputLayerSpace.Builder().activation(new DiscreteParameterSpace<>(Activation.SOFTMAX,
                        Activation.SIGMOID)).lossFunction(LossFunction.MCXENT).build())
                .build();
        ArbiterImportException e = assertThrows(ArbiterImportException.class, () -> importer.convert(space, options));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("MultiLayerSpace updater: AdaGradSpace is not supported"), all);
        assertTrue(all.contains("MultiLayerSpace weightInit: not supported"), all);
        assertTrue(all.contains("layer 0 (DenseLayerSpace) nOut: Arbiter parameter space " + Custom.class.getName()
                + " is not supported; supported: FixedValue"), all);
        assertTrue(all.contains("layer 0 (DenseLayerSpace) weightInit: not supported on DenseLayerSpace; supported:"
                + " nOut, activationFunction, dropOut, nIn"), all);
        assertTrue(all.contains("layer 1 (EmbeddingLayerSpace): layer type EmbeddingLayerSpace is not supported"), all);
        assertTrue(all.contains("OutputLayerSpace: a searched output activation or loss is not supported"), all);
    }

    @Test
    void differentDropoutsAroundARepeatedLayerAreRefused() {
        MultiLayerSpace space = new MultiLayerSpace.Builder().updater(new Sgd(0.1))
                .addLayer(new DenseLayerSpace.Builder().nOut(8).dropOut(0.5).build(), new IntegerParameterSpace(1, 2))
                .addLayer(new OutputLayerSpace.Builder().activation(Activation.SOFTMAX).build())
                .build();
        ArbiterImportException e = assertThrows(ArbiterImportException.class, () -> importer.convert(space, options));
        assertTrue(e.problems().get(0).startsWith("layer 0 dropOut: a layer repeated by numLayers needs the same"
                + " dropOut as the layer after it"), e.problems().toString());
    }

    @Test
    void readsWhatArbiterWrites() throws Exception {
        MultiLayerSpace original = mlp();
        String direct = importer.convert(original, options).json();
        assertEquals(direct, importer.convert(importer.read(original.toJson()), options).json());
        assertEquals(direct, importer.convert(importer.read(original.toYaml()), options).json());
        ArbiterImportException e = assertThrows(ArbiterImportException.class, () -> importer.read("{\"x\": 1}"));
        assertTrue(e.getMessage().startsWith("not an Arbiter MultiLayerSpace in JSON"), e.getMessage());
    }

    /** A user's own parameter space, which no format can know. */
    static final class Custom extends AbstractParameterSpace<Integer> {
        @Override
        public Integer getValue(double[] parameterValues) {
            return 7;
        }

        @Override
        public int numParameters() {
            return 0;
        }

        @Override
        @SuppressWarnings("rawtypes") // Arbiter's interface declares the raw type
        public java.util.List<org.deeplearning4j.arbiter.optimize.api.ParameterSpace> collectLeaves() {
            return java.util.List.of(this);
        }

        @Override
        public boolean isLeaf() {
            return true;
        }

        @Override
        public void setIndices(int... indices) {
        }
    }
}
