package io.automl.eval.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.automl.space.Config;
import io.automl.space.arch.InputShape;
import io.automl.space.arch.LayerPlan;
import io.automl.space.arch.NetworkPlan;
import io.automl.space.arch.OutputSpace;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.junit.jupiter.api.Test;

/** Networks with convolution layers keep each layer's forward output for its backward pass; others do not. */
class NetworkFactoryCacheTest {
    private static MultiLayerConfiguration build(List<LayerPlan> layers, InputShape input, int inputs)
            throws Exception {
        return new NetworkFactory(10_000_000).build(new NetworkPlan(layers, new OutputSpace("softmax", "mcxent"), input),
                Hyperparameters.from(new Config(Map.of())), inputs, 3, 1);
    }

    @Test
    void convolutionNetworksCacheTheirForwardPass() throws Exception {
        MultiLayerConfiguration cnn = build(List.of(new LayerPlan.Conv2d(4, 3, 1, "same", "relu"),
                new LayerPlan.Pool2d("max", 2, 2), new LayerPlan.Dense(8, "relu", 0)), InputShape.image(6, 6, 1), 36);
        assertEquals(CacheMode.DEVICE, cnn.getConf(0).getCacheMode());
        assertEquals(CacheMode.DEVICE, MultiLayerConfiguration.fromJson(cnn.toJson()).getConf(0).getCacheMode());
        MultiLayerConfiguration mlp = build(List.of(new LayerPlan.Dense(8, "relu", 0)), InputShape.flat(), 5);
        assertEquals(CacheMode.NONE, mlp.getConf(0).getCacheMode());
    }
}
