package io.automl.eval.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** The one-pass validation loss equals DL4J's own score of the same rows. */
class ValidationLossTest {
    private static MultiLayerNetwork network(LossFunction loss, Activation output, double l2, double lr) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(5).updater(new Adam(lr)).l2(l2)
                .dataType(DataType.FLOAT).list()
                .layer(new DenseLayer.Builder().nIn(6).nOut(16).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(loss).nIn(16).nOut(3).activation(output).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static DataSet rows(int n, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray x = Nd4j.randn(DataType.FLOAT, n, 6);
        INDArray y = Nd4j.zeros(DataType.FLOAT, n, 3);
        for (int i = 0; i < n; i++) {
            y.putScalar(i, (int) Math.floorMod(Math.round(x.getDouble(i, 0) * 2), 3), 1);
        }
        return new DataSet(x, y);
    }

    @Test
    void equalsDl4jsScoreWithRegularization() {
        for (double l2 : new double[] {0, 1e-3}) {
            MultiLayerNetwork net = network(LossFunction.MCXENT, Activation.SOFTMAX, l2, 1e-2);
            DataSet train = rows(200, 1);
            for (int i = 0; i < 20; i++) {
                net.fit(train);
            }
            DataSet validation = rows(150, 2);
            OptionalDouble loss = ValidationLoss.fromProbabilities(net, net.output(validation.getFeatures(), false),
                    validation.getLabels());
            double score = net.score(validation, false);
            assertTrue(loss.isPresent());
            assertEquals(score, loss.getAsDouble(), 1e-5 * Math.max(1, score), "l2 " + l2);
        }
    }

    @Test
    void clipsCertainWrongAnswersAsDl4jDoes() {
        MultiLayerNetwork net = network(LossFunction.MCXENT, Activation.SOFTMAX, 0, 1e-2);
        net.params().muli(200); // saturated softmax: probabilities of exactly 0 for some labelled classes
        DataSet validation = rows(100, 3);
        INDArray p = net.output(validation.getFeatures(), false);
        assertTrue(p.mul(validation.getLabels()).sum(1).minNumber().doubleValue() == 0, "some label has p = 0");
        double loss = ValidationLoss.fromProbabilities(net, p, validation.getLabels()).orElseThrow();
        assertTrue(Double.isFinite(loss));
        assertEquals(net.score(validation, false), loss, 1e-4 * loss);
    }

    @Test
    void leavesOtherLossesToDl4j() {
        MultiLayerNetwork mse = network(LossFunction.MSE, Activation.IDENTITY, 0, 1e-2);
        DataSet validation = rows(10, 4);
        assertTrue(ValidationLoss.fromProbabilities(mse, mse.output(validation.getFeatures(), false),
                validation.getLabels()).isEmpty());
        MultiLayerNetwork sigmoid = network(LossFunction.XENT, Activation.SIGMOID, 0, 1e-2);
        assertTrue(ValidationLoss.fromProbabilities(sigmoid, sigmoid.output(validation.getFeatures(), false),
                validation.getLabels()).isEmpty());
    }
}
