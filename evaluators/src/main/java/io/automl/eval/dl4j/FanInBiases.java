package io.automl.eval.dl4j;

import java.util.SplittableRandom;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Draws the biases of a candidate's dense, convolution and output layers from U(-1/sqrt(fanIn), 1/sqrt(fanIn)), the
 * bound of their weights ({@code WeightInit.UNIFORM}, set by {@link LayerBuilder}): PyTorch's default for
 * {@code Linear} and {@code Conv2d}. DL4J can only start biases at a constant (zero by default); on the 28x28
 * Fashion-MNIST CNN, DL4J's He-normal weights with zero biases reach about 0.01 less validation accuracy in 8 epochs
 * than PyTorch's initialisation, the same network and data trained in PyTorch with each (BENCHMARKS.md section 7c).
 * Runs after {@code MultiLayerNetwork.init()} and changes only parameter values, never the configuration, so a model
 * bundle still opens with plain DL4J. Deterministic in the seed. Stateless.
 */
public final class FanInBiases {
    private FanInBiases() {
    }

    /** Draws the biases of {@code net}'s dense, convolution and output layers from {@code seed}; returns how many layers. */
    public static int initialize(MultiLayerNetwork net, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int layers = 0;
        for (Layer layer : net.getLayers()) {
            var conf = layer.conf().getLayer();
            boolean drawn = conf instanceof DenseLayer || conf instanceof OutputLayer
                    || conf.getClass() == ConvolutionLayer.class;
            if (!drawn || !layer.paramTable().containsKey(DefaultParamInitializer.BIAS_KEY)) {
                continue;
            }
            INDArray bias = layer.getParam(DefaultParamInitializer.BIAS_KEY);
            INDArray weights = layer.getParam(DefaultParamInitializer.WEIGHT_KEY);
            double bound = 1 / Math.sqrt((double) weights.length() / bias.length());
            double[] values = new double[(int) bias.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (2 * random.nextDouble() - 1) * bound;
            }
            bias.assign(Nd4j.createFromArray(values).castTo(bias.dataType()).reshape(bias.shape()));
            layers++;
        }
        return layers;
    }
}
