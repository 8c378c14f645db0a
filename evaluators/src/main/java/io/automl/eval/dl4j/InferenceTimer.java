package io.automl.eval.dl4j;

import java.util.Arrays;
import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Measures a trained network's inference time, in the worker that trained it and on its device: the median
 * wall time, in milliseconds, to predict one fixed batch (the first {@link #BATCH} rows of the features given)
 * over {@link #RUNS} timed runs after {@link #WARM_UP} untimed ones. Stateless and thread-safe.
 */
public final class InferenceTimer {
    /** Rows in the timed batch (fewer when the data set has fewer). */
    public static final int BATCH = 64;
    /** Untimed predictions before the timed ones. */
    public static final int WARM_UP = 2;
    /** Timed predictions; the median is reported. */
    public static final int RUNS = 7;

    private InferenceTimer() {
    }

    /** The median milliseconds to predict the first {@link #BATCH} rows of {@code features} with {@code net}. */
    public static double medianMillis(MultiLayerNetwork net, INDArray features) {
        Objects.requireNonNull(net, "net");
        long rows = Math.min(BATCH, features.rows());
        if (rows == 0) {
            throw new IllegalArgumentException("features has no rows to time inference on");
        }
        INDArray batch = features.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all()).dup();
        for (int i = 0; i < WARM_UP; i++) {
            net.output(batch, false);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            net.output(batch, false);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }
}
