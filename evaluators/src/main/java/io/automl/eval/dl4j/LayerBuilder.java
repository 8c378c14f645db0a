package io.automl.eval.dl4j;

import io.automl.eval.EvaluationException;
import io.automl.space.arch.LayerPlan;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;

/**
 * The DL4J layer for one planned hidden layer; input sizes are left to the network's input type. Stateless and
 * thread-safe.
 */
final class LayerBuilder {
    /**
     * Dense and convolution weights start uniform in +-1/sqrt(fanIn), whatever the activation (PyTorch's default for
     * {@code Linear} and {@code Conv2d}; their biases are drawn by {@link FanInBiases}). DL4J's He-normal start for
     * ReLU layers trained the 28x28 Fashion-MNIST CNN to lower accuracy (BENCHMARKS.md section 7c).
     */
    static final WeightInit WEIGHTS = WeightInit.UNIFORM;

    private LayerBuilder() {
    }

    /** The layer for {@code plan}; {@code inputDropout} (0: none) is applied to the layer's input. */
    static Layer build(LayerPlan plan, double inputDropout, String where) throws EvaluationException {
        Layer layer = layer(plan, where);
        if (inputDropout > 0 && !(plan instanceof LayerPlan.Dropout)) {
            layer.setIDropout(new org.deeplearning4j.nn.conf.dropout.Dropout(1 - inputDropout));
        }
        return layer;
    }

    private static Layer layer(LayerPlan plan, String where) throws EvaluationException {
        if (plan instanceof LayerPlan.Dense d) {
            Activation act = NetworkFactory.activation(d.activation(), where);
            return new DenseLayer.Builder().nOut(d.units()).activation(act).weightInit(WEIGHTS).build();
        }
        if (plan instanceof LayerPlan.Conv2d c) {
            Activation act = NetworkFactory.activation(c.activation(), where);
            return new ConvolutionLayer.Builder(c.kernel(), c.kernel()).stride(c.stride(), c.stride())
                    .nOut(c.filters()).activation(act).weightInit(WEIGHTS)
                    .convolutionMode("same".equals(c.padding()) ? ConvolutionMode.Same : ConvolutionMode.Truncate)
                    .build();
        }
        if (plan instanceof LayerPlan.Pool2d p) {
            return new SubsamplingLayer.Builder(pooling(p.mode())).kernelSize(p.size(), p.size())
                    .stride(p.stride(), p.stride()).convolutionMode(ConvolutionMode.Truncate).build();
        }
        if (plan instanceof LayerPlan.BatchNorm) {
            return new BatchNormalization.Builder().build();
        }
        if (plan instanceof LayerPlan.Dropout d) {
            return new DropoutLayer.Builder(1 - d.rate()).build();
        }
        if (plan instanceof LayerPlan.Lstm l) {
            LSTM lstm = new LSTM.Builder().nOut(l.units()).activation(NetworkFactory.activation(l.activation(), where))
                    .weightInit(WeightInit.XAVIER).build();
            return l.returnSequences() ? lstm : new LastTimeStep(lstm);
        }
        LayerPlan.GlobalPool g = (LayerPlan.GlobalPool) plan;
        return new GlobalPoolingLayer.Builder(pooling(g.mode())).build();
    }

    private static PoolingType pooling(String mode) {
        return "max".equals(mode) ? PoolingType.MAX : PoolingType.AVG;
    }
}
