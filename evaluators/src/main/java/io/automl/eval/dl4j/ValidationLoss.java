package io.automl.eval.dl4j;

import java.util.OptionalDouble;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The validation loss of a softmax classifier computed from the class probabilities the network already output
 * for the validation metrics, so that scoring an epoch takes one forward pass over the validation split instead of
 * two ({@code output} for the metrics and {@code score} for the loss). The value is DL4J's own score: the mean
 * multi-class cross entropy with the probabilities clipped to {@code [eps, 1 - eps]} as {@link LossMCXENT} clips
 * them, plus the network's L1/L2 regularization term. Only for a dense {@link OutputLayer} with softmax and an
 * unweighted cross entropy; for every other output layer it is empty and the caller asks DL4J for the score.
 * Stateless.
 */
public final class ValidationLoss {
    private ValidationLoss() {
    }

    /**
     * The loss of {@code net} on rows whose class probabilities are {@code probabilities} and one-hot labels
     * {@code labels} (rows x classes), or empty when the output layer is not a softmax cross-entropy one.
     */
    public static OptionalDouble fromProbabilities(MultiLayerNetwork net, INDArray probabilities, INDArray labels) {
        if (!(net.getOutputLayer() instanceof OutputLayer layer) || probabilities.rank() != 2) {
            return OptionalDouble.empty();
        }
        BaseOutputLayer conf = layer.layerConf();
        if (!(conf.getActivationFn() instanceof ActivationSoftmax)
                || !(conf.getLossFn() instanceof LossMCXENT loss) || loss.getWeights() != null) {
            return OptionalDouble.empty();
        }
        double eps = loss.getSoftmaxClipEps();
        INDArray p = probabilities.dup();
        if (eps > 0) {
            p = Transforms.min(Transforms.max(p, eps, false), 1 - eps, false);
        }
        double sum = Transforms.log(p, false).muli(labels.castTo(p.dataType())).sumNumber().doubleValue();
        return OptionalDouble.of(-sum / probabilities.rows() + net.calcRegularizationScore(true));
    }
}
