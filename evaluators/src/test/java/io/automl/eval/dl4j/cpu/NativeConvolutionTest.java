package io.automl.eval.dl4j.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** The libnd4j convolution helper computes what DL4J's own convolution layer computes, forward and backward. */
class NativeConvolutionTest {
    /** Same padding and stride 1, then truncate mode with stride 2 and a bias-free layer; NCHW. */
    private static MultiLayerConfiguration conf() {
        return new NeuralNetConfiguration.Builder().seed(3).updater(new Sgd(0.05)).dataType(DataType.FLOAT).list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(6).activation(Activation.RELU)
                        .convolutionMode(ConvolutionMode.Same).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new ConvolutionLayer.Builder(2, 2).stride(2, 2).nOut(5).hasBias(false)
                        .activation(Activation.TANH).convolutionMode(ConvolutionMode.Truncate).build())
                .layer(new DenseLayer.Builder().nOut(12).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(4)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutionalFlat(10, 10, 2)).build();
    }

    @Test
    void trainsLikeDl4jsOwnConvolution() {
        MultiLayerNetwork plain = new MultiLayerNetwork(conf());
        plain.init();
        MultiLayerNetwork helped = new MultiLayerNetwork(conf());
        helped.init();
        assertEquals(plain.params(), helped.params());
        assertEquals(2, NativeHelpers.install(helped, true));
        assertInstanceOf(NativeConvolution.class, helped.getLayer(0).getHelper());
        assertInstanceOf(NativeConvolution.class, helped.getLayer(2).getHelper());
        assertNull(plain.getLayer(0).getHelper());

        Nd4j.getRandom().setSeed(11);
        INDArray x = Nd4j.rand(DataType.FLOAT, 16, 200).subi(0.5);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 16, 4);
        for (int i = 0; i < 16; i++) {
            y.putScalar(i, i % 4, 1f);
        }
        assertClose(plain.output(x), helped.output(x), "outputs before training");
        for (int step = 0; step < 5; step++) {
            plain.fit(new DataSet(x, y));
            helped.fit(new DataSet(x, y));
            assertClose(plain.params(), helped.params(), "parameters after step " + (step + 1));
        }
        assertClose(plain.output(x), helped.output(x), "outputs after training");
        assertTrue(plain.score() < 1.386, "the loss fell below ln 4: " + plain.score());
        assertEquals(plain.score(), helped.score(), 1e-4);
    }

    @Test
    void installsOnlyOnTheOneDnnBuild() {
        MultiLayerNetwork net = new MultiLayerNetwork(conf());
        net.init();
        int installed = NativeHelpers.install(net);
        assertEquals(NativeHelpers.oneDnn() ? 2 : 0, installed);
        assertEquals(NativeHelpers.oneDnn(), net.getLayer(0).getHelper() instanceof NativeConvolution);
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        double scale = Math.max(1e-3, expected.norm2Number().doubleValue());
        double diff = expected.sub(actual).norm2Number().doubleValue();
        assertTrue(diff / scale < 1e-4, what + ": relative difference " + diff / scale);
    }
}
