package io.automl.eval.dl4j.cpu;

import java.lang.reflect.Field;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.LayerHelper;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNBatchNormHelper;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Puts {@link NativeConvolution} into the 2-D convolution layers of a network, and DL4J's own
 * {@code MKLDNNBatchNormHelper} into its batch normalization layers, when this process runs the oneDNN build of
 * libnd4j (its build information names {@code HAVE_ONEDNN}). On the generic build libnd4j's
 * {@code conv2d} is an im2col and a GEMM like DL4J's own layer but slower (289 ms against DL4J's whole 164-175 ms
 * step per batch of the 28x28 CNN, issue 15), so nothing is installed there.
 *
 * <p>Only DL4J's plain {@code ConvolutionLayer} on float data gets the helper (not its 1-D, depthwise, separable or
 * transposed subclasses). Batch normalization layers with trainable scale and shift on float data get DL4J's helper,
 * which computes the batch statistics and calls libnd4j's {@code batchnorm}/{@code batchnorm_bp} ops (oneDNN in that
 * build); DL4J's layer keeps the running mean and variance from the helper's batch statistics, as it does for its
 * cuDNN helper. Without it DL4J's own batch normalization made the 28x28 CNN about three times slower than without
 * the layer (its many small ND4J operations caused 4.6 times the page faults; BENCHMARKS.md section 7b). DL4J never
 * creates that helper itself on M2.1, for the same class-name reason as its convolution helper. Pooling needs none:
 * DL4J 1.0.0-M2.1's subsampling layer already calls libnd4j's {@code maxpool2d}/{@code avgpool2d} ops, which run on
 * oneDNN in that build. DL4J creates a layer's helper itself and offers no setting for it, so each helper goes into
 * the layer's {@code helper} field; the network's configuration, parameters and saved form are unchanged, and a
 * restored network (no helper) computes the same function with DL4J's own kernels.
 *
 * <p>Stateless apart from the build check, which is made once; thread-safe.
 */
public final class NativeHelpers {
    /** What libnd4j's build information says when oneDNN is compiled in. */
    static final String ONEDNN_MARK = "HAVE_ONEDNN";

    private NativeHelpers() {
    }

    /** Whether the loaded libnd4j carries oneDNN. Loads ND4J's backend when it has not started yet. */
    public static boolean oneDnn() {
        return Build.ONEDNN;
    }

    /**
     * Installs the helpers into every eligible layer of {@code net} (initialized) when this process runs the oneDNN
     * build; returns how many layers got one (0 on the generic build).
     */
    public static int install(MultiLayerNetwork net) {
        return oneDnn() ? install(net, true) : 0;
    }

    /** Installs the helpers into the eligible layers of {@code net} on any build when {@code anyBuild} (tests). */
    static int install(MultiLayerNetwork net, boolean anyBuild) {
        if (!anyBuild) {
            return install(net);
        }
        int installed = 0;
        for (Layer layer : net.getLayers()) {
            if (layer.getClass() == ConvolutionLayer.class && layer.getParam("W").dataType() == DataType.FLOAT) {
                set(ConvolutionLayer.class, layer, new NativeConvolution());
                installed++;
            } else if (layer instanceof BatchNormalization bn && trainableFloat(bn)) {
                set(BatchNormalization.class, layer, new MKLDNNBatchNormHelper(DataType.FLOAT));
                installed++;
            }
        }
        return installed;
    }

    private static boolean trainableFloat(BatchNormalization layer) {
        INDArray gamma = layer.paramTable().get(BatchNormalizationParamInitializer.GAMMA);
        return !layer.layerConf().isLockGammaBeta() && gamma != null && gamma.dataType() == DataType.FLOAT;
    }

    private static void set(Class<?> type, Layer layer, LayerHelper helper) {
        try {
            Field f = type.getDeclaredField("helper");
            f.setAccessible(true);
            f.set(layer, helper);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DL4J's " + type.getSimpleName() + " has no settable helper field", e);
        }
    }

    /** The build check, made when first asked. */
    private static final class Build {
        static final boolean ONEDNN = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo()
                .contains(ONEDNN_MARK);
    }
}
