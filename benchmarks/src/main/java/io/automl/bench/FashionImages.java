package io.automl.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The Fashion-MNIST rows and the 28x28 CNN of the training-throughput benchmark ({@code fcnn} in
 * {@link TrainingThroughput}, {@code torch_throughput.py} for PyTorch).
 */
final class FashionImages {
    private FashionImages() {
    }

    /** The images as the network of {@link #cnn} reads them: flat rows, or [n, 28, 28, 1] for NHWC layers. */
    static INDArray shaped(INDArray flat, long columns) {
        if (columns != 784 || System.getProperty("bench.format", "NCHW").equals("NCHW")) {
            return flat;
        }
        return flat.reshape('c', flat.rows(), 28, 28, 1);
    }

    /** The first {@code rows} training images of the IDX files in {@code dir}, standardized over all pixels, one-hot labels. */
    static DataSet read(Path dir, int rows) throws IOException {
        float[][] x = new float[rows][784];
        float[][] y = new float[rows][10];
        try (DataInputStream images = open(dir.resolve("train-images-idx3-ubyte.gz"));
                DataInputStream labels = open(dir.resolve("train-labels-idx1-ubyte.gz"))) {
            images.skipNBytes(16);
            labels.skipNBytes(8);
            double sum = 0;
            double sq = 0;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < 784; j++) {
                    x[i][j] = images.readUnsignedByte() / 255f;
                    sum += x[i][j];
                    sq += (double) x[i][j] * x[i][j];
                }
                y[i][labels.readUnsignedByte()] = 1f;
            }
            double n = rows * 784.0;
            double mean = sum / n;
            double sd = Math.sqrt(sq / n - mean * mean);
            for (float[] row : x) {
                for (int j = 0; j < 784; j++) {
                    row[j] = (float) ((row[j] - mean) / sd);
                }
            }
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y));
    }

    private static DataInputStream open(Path gz) throws IOException {
        InputStream in = Files.newInputStream(gz);
        return new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
    }

    /**
     * conv 3x3x32 same - max pool 2 - conv 3x3x64 same - max pool 2 - dense 128 relu - softmax 10, Adam 1e-3;
     * {@code -Dbench.cacheMode=DEVICE} (or HOST) sets DL4J's cache mode, {@code -Dbench.format=NHWC} the layout of
     * the convolution and pooling layers, {@code -Dbench.workspaces=NONE} the training workspace mode.
     */
    static MultiLayerConfiguration cnn() {
        return cnn("fcnn");
    }

    /**
     * The same CNN with {@code first} and {@code second} convolution filters and {@code units} dense units: {@code
     * fcnn-s} (16, 32, 64) has 106k parameters, {@code fcnn} (32, 64, 128) 422k, {@code fcnn-l} (64, 128, 512) 3.29M;
     * {@code fcnn-bn} is {@code fcnn} with batch normalization after the second convolution, as the fashion-cnn
     * example space may place it.
     */
    static MultiLayerConfiguration cnn(String model) {
        return switch (model) {
            case "fcnn-s" -> cnn(16, 32, 64, false);
            case "fcnn-l" -> cnn(64, 128, 512, false);
            case "fcnn-bn" -> cnn(32, 64, 128, true);
            default -> cnn(32, 64, 128, false);
        };
    }

    private static MultiLayerConfiguration cnn(int first, int second, int units, boolean batchNorm) {
        CNN2DFormat format = CNN2DFormat.valueOf(System.getProperty("bench.format", "NCHW"));
        NeuralNetConfiguration.Builder b = new NeuralNetConfiguration.Builder().seed(1).updater(new Adam(1e-3))
                .weightInit(WeightInit.RELU).dataType(DataType.FLOAT).convolutionMode(ConvolutionMode.Same)
                .cacheMode(CacheMode.valueOf(System.getProperty("bench.cacheMode", "NONE")))
                .trainingWorkspaceMode(WorkspaceMode.valueOf(System.getProperty("bench.workspaces", "ENABLED")));
        NeuralNetConfiguration.ListBuilder list = b.list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(first).activation(Activation.RELU).dataFormat(format)
                        .build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .dataFormat(format).build())
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(second).activation(Activation.RELU).dataFormat(format)
                        .build());
        if (batchNorm) {
            list.layer(new BatchNormalization.Builder().dataFormat(format).build());
        }
        return list.layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .dataFormat(format).build())
                .layer(new DenseLayer.Builder().nOut(units).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
                        .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build())
                .setInputType(format == CNN2DFormat.NCHW ? InputType.convolutionalFlat(28, 28, 1)
                        : InputType.convolutional(28, 28, 1, format)).build();
    }
}
