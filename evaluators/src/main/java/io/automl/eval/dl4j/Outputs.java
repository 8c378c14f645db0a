package io.automl.eval.dl4j;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A network's inference output over many rows, computed {@value #CHUNK} rows at a time and stacked. One forward
 * pass over a whole split materialises every layer's activations for all its rows at once: for the 28x28
 * Fashion-MNIST CNN and a validation split of 2,251 rows that is about 225 MB for the first convolution alone, and
 * the pass took 1.4 s where chunks of 64 to 256 rows took 0.39 s (idle 2-core machine, one thread; BENCHMARKS.md
 * section 7b). Rows are independent at inference (dropout off, batch normalization on its running statistics), so
 * the result is the same. Stateless.
 */
public final class Outputs {
    /** Rows per forward pass. */
    static final int CHUNK = 256;

    private Outputs() {
    }

    /** {@code net.output(features, false)}, computed in chunks of rows. */
    public static INDArray of(MultiLayerNetwork net, INDArray features) {
        long rows = features.size(0);
        if (rows <= CHUNK) {
            return net.output(features, false);
        }
        INDArray[] parts = new INDArray[(int) ((rows + CHUNK - 1) / CHUNK)];
        for (int p = 0; p < parts.length; p++) {
            INDArrayIndex[] index = new INDArrayIndex[features.rank()];
            index[0] = NDArrayIndex.interval((long) p * CHUNK, Math.min(rows, (long) (p + 1) * CHUNK));
            for (int d = 1; d < index.length; d++) {
                index[d] = NDArrayIndex.all();
            }
            parts[p] = net.output(features.get(index), false);
        }
        return Nd4j.concat(0, parts);
    }
}
