package io.automl.eval.dl4j.cpu;

import java.util.Map;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.AlgoMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.BwdDataAlgo;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.BwdFilterAlgo;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.FwdAlgo;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionHelper;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A 2-D convolution layer's forward and backward pass through libnd4j's {@code conv2d} and {@code conv2d_bp}
 * declarable ops, which the oneDNN build of nd4j-native runs on oneDNN's kernels. DL4J 1.0.0-M2.1's own
 * {@code ConvolutionLayer} computes the same with {@code im2col} and a GEMM (half a 28x28 CNN trial's time in the
 * profile of BENCHMARKS.md section 7), and its oneDNN helper never engages on the CPU backend (it looks for an ND4J
 * class under a name M2.1 no longer has); {@link NativeHelpers} puts this helper into the layer instead.
 *
 * <p>Weights stay in DL4J's layout {@code [out, in, kH, kW]} and are handed to the ops as a permuted view
 * {@code [kH, kW, in, out]}; the weight and bias gradients are written into DL4J's gradient views, so the updater,
 * the parameters and the saved model are exactly those of a plain DL4J network. Float data only: any other type
 * returns {@code null}, which makes DL4J fall back to its own implementation.
 *
 * <p>Not thread-safe: one instance belongs to one layer of one network, which DL4J trains on one thread.
 */
public final class NativeConvolution implements ConvolutionHelper {
    private OpContext forward;
    private OpContext backward;

    @Override
    public boolean checkSupported() {
        return true;
    }

    @Override
    public INDArray preOutput(INDArray input, INDArray weights, INDArray bias, int[] kernel, int[] strides, int[] pad,
            AlgoMode mode, FwdAlgo fwdAlgo, ConvolutionMode convolutionMode, int[] dilation, CNN2DFormat format,
            LayerWorkspaceMgr workspaceMgr) {
        if (!floats(input, weights)) {
            return null;
        }
        int h = format == CNN2DFormat.NCHW ? 2 : 1;
        int[] outSize = ConvolutionUtils.getOutputSize(input, kernel, strides,
                convolutionMode == ConvolutionMode.Same ? null : pad, convolutionMode, dilation, format);
        long channels = weights.size(0);
        long[] shape = format == CNN2DFormat.NCHW ? new long[] {input.size(0), channels, outSize[0], outSize[1]}
                : new long[] {input.size(0), outSize[0], outSize[1], channels};
        INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, input.dataType(), shape);
        if (forward == null) {
            forward = context(kernel, strides, padding(pad, outSize, input, h, kernel, strides, dilation,
                    convolutionMode), dilation, convolutionMode, format);
        }
        forward.purge();
        forward.setInputArray(0, input);
        forward.setInputArray(1, weights.permute(2, 3, 1, 0));
        if (bias != null) {
            forward.setInputArray(2, bias.reshape(bias.length()));
        }
        forward.setOutputArray(0, out);
        Nd4j.exec(DynamicCustomOp.builder("conv2d").build(), forward);
        return out;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray input, INDArray weights, INDArray bias, INDArray delta,
            int[] kernel, int[] strides, int[] pad, INDArray biasGradView, INDArray weightGradView, IActivation afn,
            AlgoMode mode, BwdFilterAlgo bwdFilterAlgo, BwdDataAlgo bwdDataAlgo, ConvolutionMode convolutionMode,
            int[] dilation, CNN2DFormat format, LayerWorkspaceMgr workspaceMgr) {
        if (!floats(input, weights)) {
            return null;
        }
        int h = format == CNN2DFormat.NCHW ? 2 : 1;
        int[] outSize = {(int) delta.size(h), (int) delta.size(h + 1)};
        if (backward == null) {
            backward = context(kernel, strides, padding(pad, outSize, input, h, kernel, strides, dilation,
                    convolutionMode), dilation, convolutionMode, format);
        }
        INDArray gradInput = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, input.dataType(),
                input.shape());
        boolean withBias = bias != null && biasGradView != null;
        backward.purge();
        int i = 0;
        backward.setInputArray(i++, input);
        backward.setInputArray(i++, weights.permute(2, 3, 1, 0));
        if (withBias) {
            backward.setInputArray(i++, bias.reshape(bias.length()));
        }
        backward.setInputArray(i, delta);
        backward.setOutputArray(0, gradInput);
        backward.setOutputArray(1, weightGradView.permute(2, 3, 1, 0));
        if (withBias) {
            backward.setOutputArray(2, biasGradView.reshape(biasGradView.length()));
        }
        Nd4j.exec(DynamicCustomOp.builder("conv2d_bp").build(), backward);
        Gradient g = new DefaultGradient();
        if (withBias) {
            g.gradientForVariable().put(ConvolutionParamInitializer.BIAS_KEY, biasGradView);
        }
        g.gradientForVariable().put(ConvolutionParamInitializer.WEIGHT_KEY, weightGradView);
        return new Pair<>(g, gradInput);
    }

    @Override
    public INDArray activate(INDArray z, IActivation afn, boolean training) {
        return afn.getActivation(z, training);
    }

    @Override
    public Map<String, Long> helperMemoryUse() {
        return Map.of();
    }

    private static boolean floats(INDArray input, INDArray weights) {
        return input.dataType() == DataType.FLOAT && weights.dataType() == DataType.FLOAT;
    }

    /** The explicit top-left padding: DL4J's for "same" mode (computed from the sizes), else the layer's. */
    static int[] padding(int[] pad, int[] outSize, INDArray input, int h, int[] kernel, int[] strides,
            int[] dilation, ConvolutionMode mode) {
        if (mode != ConvolutionMode.Same) {
            return pad;
        }
        return ConvolutionUtils.getSameModeTopLeftPadding(outSize,
                new int[] {(int) input.size(h), (int) input.size(h + 1)}, kernel, strides, dilation);
    }

    /** An op context with libnd4j's integer arguments of a 2-D window op (conv2d and the pooling ops share them). */
    static OpContext context(int[] kernel, int[] strides, int[] pad, int[] dilation, ConvolutionMode mode,
            CNN2DFormat format) {
        OpContext c = Nd4j.getExecutioner().buildContext();
        c.setIArguments(kernel[0], kernel[1], strides[0], strides[1], pad[0], pad[1], dilation[0], dilation[1],
                mode == ConvolutionMode.Same ? 1 : 0, format == CNN2DFormat.NCHW ? 0 : 1);
        return c;
    }
}
