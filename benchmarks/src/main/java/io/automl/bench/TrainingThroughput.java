package io.automl.bench;

import io.automl.eval.data.Permutations;
import io.automl.eval.dl4j.Nd4jSettings;
import io.automl.eval.dl4j.Outputs;
import io.automl.eval.dl4j.ValidationLoss;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * DL4J training throughput, the same networks as {@code torch_throughput.py}: on the digits data (1,797 rows of
 * 8x8 pixels, standardized) an MLP 64-256-128-10 (relu, softmax) and a small CNN (conv 3x3x32 same, max pool 2, conv
 * 3x3x64 same, max pool 2, softmax over 10); on Fashion-MNIST ({@code fcnn}: the first ROWS 28x28 training images,
 * standardized) the CNN conv 3x3x32 same - max pool 2 - conv 3x3x64 same - max pool 2 - dense 128 relu - softmax
 * over 10 (421,642 parameters); Adam 1e-3, float32. Minibatches are drawn the way the
 * product's trainer draws them (one shuffled copy per epoch, row views per batch, {@code fit(DataSet)}).
 * ND4J runs with the product's settings ({@link Nd4jSettings}: descriptor caches, the oneDNN build of libnd4j when
 * its jar is on the class path and the oneDNN convolution helper; {@code -Dautoml.nd4j.descriptorCaches=false} and
 * {@code -Dautoml.nd4j.onednn=false} measure without them). One warm-up epoch, then {@code EPOCHS} timed ones; prints one CSV line
 * {@code dl4j,MODEL,THREADS,BATCH,samples_per_second}.
 * Usage: {@code TrainingThroughput DATA mlp|wide|cnn|fcnn|fcnn-s|fcnn-l THREADS BATCH EPOCHS [ROWS]}: DATA is the
 * digits CSV, or for the {@code fcnn} models (sizes in {@link FashionImages#cnn(String)}) the folder of Fashion-MNIST's IDX files (ROWS, default 6,000, of its training images);
 * {@code wide} is an MLP of 1.1 million parameters (two hidden layers of 1,024), above the size where trials train on
 * several threads. The line printed ends with the number of convolution layers on the oneDNN helper.
 */
public final class TrainingThroughput {
    private TrainingThroughput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            throw new IllegalArgumentException(
                    "usage: TrainingThroughput DATA mlp|wide|cnn|fcnn|fcnn-s|fcnn-l THREADS BATCH EPOCHS [ROWS]");
        }
        String model = args[1];
        int threads = Integer.parseInt(args[2]);
        int batch = Integer.parseInt(args[3]);
        int epochs = Integer.parseInt(args[4]);
        Nd4jSettings.apply(System.getProperties());
        Nd4jSettings nd4j = new Nd4jSettings(System.getProperties());
        nd4j.afterStart();
        Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        DataSet data = model.startsWith("fcnn")
                ? FashionImages.read(Path.of(args[0]), args.length > 5 ? Integer.parseInt(args[5]) : 6000)
                : digits(Path.of(args[0]));
        MultiLayerNetwork net = new MultiLayerNetwork(switch (model) {
            case "cnn" -> cnn();
            case "fcnn", "fcnn-s", "fcnn-l", "fcnn-bn" -> FashionImages.cnn(model);
            case "wide" -> mlp(1024, 1024);
            default -> mlp(256, 128);
        });
        net.init();
        int helpers = nd4j.installHelpers(net);
        Random rnd = new Random(1);
        long warmUp = System.nanoTime();
        epoch(net, data, batch, rnd);
        long start = System.nanoTime();
        for (int e = 0; e < epochs; e++) {
            epoch(net, data, batch, rnd);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "first epoch %.2f s, later epochs %.2f s each%n", (start - warmUp) / 1e9,
                seconds / epochs);
        int validationRows = Integer.getInteger("bench.validationRows", 0);
        if (validationRows > 0) {
            validationCost(net, data, Math.min(validationRows, data.numExamples()), seconds / epochs);
        }
        System.out.printf(Locale.ROOT, "dl4j,%s,%d,%d,%.1f,%d%n", model, threads, batch,
                (double) data.numExamples() * epochs / seconds, helpers);
    }

    /**
     * With {@code -Dbench.validationRows=N}: the cost of the per-epoch validation over N rows, median of 3, printed
     * to stderr beside the mean seconds of a training epoch over all rows: one {@code output}, one {@code score}
     * (the second forward pass the trainer made before {@code ValidationLoss}), and the loss computed from the
     * output's probabilities ({@code ValidationLoss}); and the output in chunks of rows ({@code Outputs}). The
     * trainer now does the last two.
     */
    private static void validationCost(MultiLayerNetwork net, DataSet data, int rows, double epochSeconds) {
        INDArray x = FashionImages.shaped(data.getFeatures().get(NDArrayIndex.interval(0, rows), NDArrayIndex.all()),
                data.getFeatures().columns());
        DataSet part = new DataSet(x, data.getLabels().get(NDArrayIndex.interval(0, rows), NDArrayIndex.all()));
        double[] output = new double[3];
        double[] score = new double[3];
        double[] fromOutput = new double[3];
        double[] chunked = new double[3];
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            INDArray p = net.output(x, false);
            output[i] = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            net.score(part, false);
            score[i] = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            ValidationLoss.fromProbabilities(net, p, part.getLabels()).orElseThrow();
            fromOutput[i] = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            Outputs.of(net, x);
            chunked[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(output);
        Arrays.sort(score);
        Arrays.sort(fromOutput);
        Arrays.sort(chunked);
        System.err.printf(Locale.ROOT, "validation of %d rows: output %.2f s, score %.2f s, output in chunks %.2f s,"
                + " loss from the output %.3f s; training epoch of %d rows: %.2f s%n", rows, output[1], score[1],
                chunked[1], fromOutput[1], data.numExamples(), epochSeconds);
    }

    private static void epoch(MultiLayerNetwork net, DataSet data, int batch, Random rnd) {
        int n = data.numExamples();
        int[] order = Permutations.of(n, rnd);
        INDArray x = FashionImages.shaped(Nd4j.pullRows(data.getFeatures(), 1, order), data.getFeatures().columns());
        INDArray y = Nd4j.pullRows(data.getLabels(), 1, order);
        for (int start = 0; start < n; start += batch) {
            INDArrayIndex[] rows = new INDArrayIndex[x.rank()];
            Arrays.fill(rows, NDArrayIndex.all());
            rows[0] = NDArrayIndex.interval(start, Math.min(n, start + batch));
            net.fit(new DataSet(x.get(rows), y.get(rows[0], NDArrayIndex.all())));
        }
    }

    private static MultiLayerConfiguration mlp(int first, int second) {
        return new NeuralNetConfiguration.Builder().seed(1).updater(new Adam(1e-3)).weightInit(WeightInit.XAVIER)
                .dataType(DataType.FLOAT).list()
                .layer(new DenseLayer.Builder().nIn(64).nOut(first).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nOut(second).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.feedForward(64)).build();
    }

    private static MultiLayerConfiguration cnn() {
        return new NeuralNetConfiguration.Builder().seed(1).updater(new Adam(1e-3)).weightInit(WeightInit.XAVIER)
                .dataType(DataType.FLOAT).convolutionMode(ConvolutionMode.Same).list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(32).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(64).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutionalFlat(8, 8, 1)).build();
    }

    /** The digits CSV (64 pixel columns, then the label) as standardized float features and one-hot labels. */
    static DataSet digits(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        int n = lines.size() - 1;
        float[][] x = new float[n][64];
        float[][] y = new float[n][10];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",");
            for (int j = 0; j < 64; j++) {
                x[i][j] = Float.parseFloat(cells[j]);
            }
            y[i][Integer.parseInt(cells[64].trim())] = 1f;
        }
        for (int j = 0; j < 64; j++) {
            double mean = 0;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i][j];
                sq += (double) x[i][j] * x[i][j];
            }
            mean /= n;
            double sd = Math.sqrt(Math.max(sq / n - mean * mean, 0));
            for (int i = 0; i < n; i++) {
                x[i][j] = (float) ((x[i][j] - mean) / (sd > 0 ? sd : 1));
            }
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y));
    }
}
