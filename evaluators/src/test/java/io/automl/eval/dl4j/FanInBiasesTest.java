package io.automl.eval.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.Config;
import io.automl.space.arch.InputShape;
import io.automl.space.arch.LayerPlan;
import io.automl.space.arch.NetworkPlan;
import io.automl.space.arch.OutputSpace;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A candidate's convolution, dense and output layers start as PyTorch's do: weights and biases uniform in
 * +-1/sqrt(fanIn), the biases drawn from the trial's seed; batch normalization keeps DL4J's start; the saved network
 * opens with plain DL4J and computes the same outputs.
 */
class FanInBiasesTest {
    private static MultiLayerNetwork network(long seed) throws Exception {
        NetworkPlan plan = new NetworkPlan(List.of(new LayerPlan.Conv2d(4, 3, 1, "same", "relu"),
                new LayerPlan.BatchNorm(), new LayerPlan.Pool2d("max", 2, 2), new LayerPlan.Dense(8, "relu", 0.2)),
                new OutputSpace("softmax", "mcxent"), InputShape.image(6, 6, 2));
        MultiLayerNetwork net = new MultiLayerNetwork(new NetworkFactory(10_000_000)
                .build(plan, Hyperparameters.from(new Config(Map.of())), 72, 3, seed));
        net.init();
        assertEquals(3, FanInBiases.initialize(net, seed));
        return net;
    }

    @Test
    void weightsAndBiasesStartUniformWithinTheFanInBound() throws Exception {
        MultiLayerNetwork net = network(11);
        // conv: fanIn 2 channels x 3 x 3; dense: 4 channels x 3 x 3 after pooling; output: 8 units
        Map<Integer, Integer> fanIns = Map.of(0, 18, 3, 36, 4, 8);
        fanIns.forEach((index, fanIn) -> {
            Layer layer = net.getLayer(index);
            double bound = 1 / Math.sqrt(fanIn);
            for (String key : List.of("W", "b")) {
                INDArray p = layer.getParam(key);
                assertTrue(p.amaxNumber().doubleValue() <= bound, "layer " + index + " " + key + " within " + bound);
                // uniform in [-bound, bound]: the spread of the values reaches well beyond half the bound
                assertTrue(p.amaxNumber().doubleValue() > bound / 2, "layer " + index + " " + key + " " + p);
            }
        });
        assertEquals(1.0, net.getLayer(1).getParam("gamma").meanNumber().doubleValue(), 0.0);
        assertEquals(0.0, net.getLayer(1).getParam("beta").amaxNumber().doubleValue(), 0.0);
    }

    @Test
    void theBiasesFollowTheSeed() throws Exception {
        assertEquals(network(5).getLayer(0).getParam("b"), network(5).getLayer(0).getParam("b"));
        assertNotEquals(network(5).getLayer(0).getParam("b"), network(6).getLayer(0).getParam("b"));
    }

    @Test
    void theSavedNetworkOpensWithPlainDl4jAndComputesTheSameOutputs() throws Exception {
        MultiLayerNetwork net = network(3);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ModelSerializer.writeModel(net, bytes, false);
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(
                new java.io.ByteArrayInputStream(bytes.toByteArray()));
        INDArray rows = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 5, 72);
        assertEquals(net.output(rows), restored.output(rows));
        assertEquals(net.getLayer(4).getParam("b"), restored.getLayer(4).getParam("b"));
    }
}
