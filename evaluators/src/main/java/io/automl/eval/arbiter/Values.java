package io.automl.eval.arbiter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossL1;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nd4j.linalg.lossfunctions.impl.LossNegativeLogLikelihood;

/** The value maps from DL4J's enums and objects to the format's names. Stateless. */
final class Values {
    private static final Set<String> ACTIVATIONS = Set.of("relu", "tanh", "sigmoid", "elu", "leakyrelu", "selu",
            "softplus", "identity", "swish", "gelu", "softmax");
    private static final Map<LossFunction, String> LOSSES = Map.of(LossFunction.MCXENT, "mcxent",
            LossFunction.MSE, "mse", LossFunction.SQUARED_LOSS, "mse", LossFunction.L1, "l1", LossFunction.XENT, "xent",
            LossFunction.NEGATIVELOGLIKELIHOOD, "negativeloglikelihood");
    private static final Map<Class<?>, String> LOSS_CLASSES = Map.of(LossMCXENT.class, "mcxent", LossMSE.class, "mse",
            LossL1.class, "l1", LossBinaryXENT.class, "xent", LossNegativeLogLikelihood.class,
            "negativeloglikelihood");

    private Values() {
    }

    /** An {@code Activation} or {@code IActivation} with default settings, by the format's name. */
    static Object activation(Object v) throws Unsupported {
        Activation a = null;
        if (v instanceof Activation e) {
            a = e;
        } else if (v instanceof IActivation fn) {
            for (Activation candidate : Activation.values()) {
                IActivation reference = fn;
                try {
                    reference = candidate.getActivationFunction();
                } catch (RuntimeException notBuildable) {
                    continue;
                }
                if (reference.getClass() == fn.getClass()) {
                    if (!reference.equals(fn)) {
                        throw new Unsupported("activation " + fn + " has non-default settings; only default"
                                + " settings are supported");
                    }
                    a = candidate;
                    break;
                }
            }
        }
        String name = a == null ? "" : a.name().toLowerCase(Locale.ROOT);
        if (!ACTIVATIONS.contains(name)) {
            throw new Unsupported("activation " + v + " is not supported; supported: "
                    + String.join(", ", ACTIVATIONS.stream().sorted().toList()));
        }
        return name;
    }

    /** A {@code LossFunction} or a default {@code ILossFunction}, by the format's name. */
    static Object loss(Object v) throws Unsupported {
        String name = v instanceof LossFunction e ? LOSSES.get(e)
                : v instanceof ILossFunction fn ? LOSS_CLASSES.get(fn.getClass()) : null;
        if (name != null && v instanceof LossMCXENT m && (m.getWeights() != null || m.getSoftmaxClipEps() != 1e-10)) {
            name = null;
        }
        if (name == null) {
            throw new Unsupported("loss " + v + " is not supported; supported: MCXENT, MSE, L1, XENT,"
                    + " NEGATIVELOGLIKELIHOOD without weights");
        }
        return name;
    }

    /** A square {@code int[]} kernel or stride as one int. */
    static Object square(Object v) throws Unsupported {
        if (v instanceof int[] a && a.length == 2 && a[0] == a[1] && a[0] > 0) {
            return a[0];
        }
        throw new Unsupported("only square sizes are supported, such as {3, 3} (got " + (v instanceof int[] a
                ? Arrays.toString(a) : v) + ")");
    }

    /** {@code Same} padding as {@code same}; {@code Truncate} and {@code Strict} (no padding) as {@code valid}. */
    static Object convolutionMode(Object v) throws Unsupported {
        if (v == ConvolutionMode.Same) {
            return "same";
        }
        if (v == ConvolutionMode.Truncate || v == ConvolutionMode.Strict) {
            return "valid";
        }
        throw new Unsupported("convolution mode " + v + " is not supported; supported: Same, Truncate, Strict");
    }

    /** {@code MAX} and {@code AVG} pooling (subsampling or global). */
    static Object pooling(Object v) throws Unsupported {
        if (v == SubsamplingLayer.PoolingType.MAX || v == PoolingType.MAX) {
            return "max";
        }
        if (v == SubsamplingLayer.PoolingType.AVG || v == PoolingType.AVG) {
            return "avg";
        }
        throw new Unsupported("pooling type " + v + " is not supported; supported: MAX, AVG");
    }
}
