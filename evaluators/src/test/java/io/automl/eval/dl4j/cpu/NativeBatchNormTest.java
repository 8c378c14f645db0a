package io.automl.eval.dl4j.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNBatchNormHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Batch normalization on libnd4j's ops (oneDNN in that build) trains like DL4J's own layer: the same parameters after
 * each step, and the same inference outputs, which read the running mean and variance the layer kept.
 */
class NativeBatchNormTest {
    /** Batch normalization after a convolution (4-d, per channel) and after a dense layer (2-d, per unit). */
    private static MultiLayerConfiguration conf(boolean lockGammaBeta) {
        return new NeuralNetConfiguration.Builder().seed(5).updater(new Adam(0.01)).dataType(DataType.FLOAT).list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(6).activation(Activation.RELU)
                        .convolutionMode(ConvolutionMode.Same).build())
                .layer(new BatchNormalization.Builder().lockGammaBeta(lockGammaBeta).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new DenseLayer.Builder().nOut(12).activation(Activation.RELU).build())
                .layer(new BatchNormalization.Builder().build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(4)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutionalFlat(8, 8, 2)).build();
    }

    @Test
    void trainsLikeDl4jsOwnBatchNormalization() {
        MultiLayerNetwork plain = new MultiLayerNetwork(conf(false));
        plain.init();
        MultiLayerNetwork helped = new MultiLayerNetwork(conf(false));
        helped.init();
        assertEquals(plain.params(), helped.params());
        assertEquals(3, NativeHelpers.install(helped, true), "one convolution and two batch normalizations");
        assertInstanceOf(MKLDNNBatchNormHelper.class, helped.getLayer(1).getHelper());
        assertInstanceOf(MKLDNNBatchNormHelper.class, helped.getLayer(4).getHelper());
        assertNull(plain.getLayer(1).getHelper());

        Nd4j.getRandom().setSeed(13);
        INDArray x = Nd4j.rand(DataType.FLOAT, 24, 128).muli(2).subi(0.7);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 24, 4);
        for (int i = 0; i < 24; i++) {
            y.putScalar(i, i % 4, 1f);
        }
        assertClose(plain.output(x, false), helped.output(x, false), "inference outputs before training");
        for (int step = 0; step < 6; step++) {
            plain.fit(new DataSet(x, y));
            helped.fit(new DataSet(x, y));
            assertClose(plain.params(), helped.params(), "parameters and running statistics after step " + (step + 1));
        }
        for (int layer : new int[] {1, 4}) {
            MKLDNNBatchNormHelper helper = (MKLDNNBatchNormHelper) helped.getLayer(layer).getHelper();
            assertTrue(helper.getMeanCache(DataType.FLOAT) != null, "layer " + layer + " trained on the helper");
        }
        assertClose(plain.output(x, true), helped.output(x, true), "training-mode outputs (batch statistics)");
        assertClose(plain.output(x, false), helped.output(x, false), "inference outputs (running statistics)");
        assertTrue(plain.score() < 1.386, "the loss fell below ln 4: " + plain.score());
        assertEquals(plain.score(), helped.score(), 1e-4);
    }

    @Test
    void leavesLockedScaleAndShiftToDl4j() {
        MultiLayerNetwork net = new MultiLayerNetwork(conf(true));
        net.init();
        assertEquals(2, NativeHelpers.install(net, true), "the convolution and the second batch normalization");
        assertNull(net.getLayer(1).getHelper());
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        double scale = Math.max(1e-3, expected.norm2Number().doubleValue());
        double diff = expected.sub(actual).norm2Number().doubleValue();
        assertTrue(diff / scale < 1e-4, what + ": relative difference " + diff / scale);
    }
}
