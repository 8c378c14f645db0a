package io.automl.eval.dl4j;

import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Turns flat rows of {@code steps * features} values (step-major: all features of step 0, then step 1, ...) into
 * the {@code [batch, features, steps]} sequences recurrent layers read, and gradients back. A bean (no-argument
 * constructor and properties) so that it is stored with the network configuration. Not thread-safe while its
 * properties are being set; stateless afterwards.
 */
public final class FlatToSequence implements InputPreProcessor {
    private static final long serialVersionUID = 1L;
    private int steps;
    private int features;

    /** For deserialization. */
    public FlatToSequence() {
    }

    public FlatToSequence(int steps, int features) {
        if (steps < 1 || features < 1) {
            throw new IllegalArgumentException("steps and features must be >= 1: " + steps + ", " + features);
        }
        this.steps = steps;
        this.features = features;
    }

    public int getSteps() {
        return steps;
    }

    public void setSteps(int steps) {
        this.steps = steps;
    }

    public int getFeatures() {
        return features;
    }

    public void setFeatures(int features) {
        this.features = features;
    }

    @Override
    public INDArray preProcess(INDArray input, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        if (input.rank() != 2 || input.columns() != (long) steps * features) {
            throw new IllegalArgumentException("expected rows of " + steps + " steps x " + features
                    + " features, got shape " + java.util.Arrays.toString(input.shape()));
        }
        INDArray seq = input.dup('c').reshape('c', input.rows(), steps, features).permute(0, 2, 1);
        return workspaceMgr.dup(ArrayType.ACTIVATIONS, seq, 'f');
    }

    @Override
    public INDArray backprop(INDArray output, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        INDArray flat = output.permute(0, 2, 1).dup('c').reshape('c', output.size(0), (long) steps * features);
        return workspaceMgr.dup(ArrayType.ACTIVATION_GRAD, flat, 'c');
    }

    @Override
    public FlatToSequence clone() {
        return new FlatToSequence(steps, features);
    }

    @Override
    public InputType getOutputType(InputType inputType) {
        return InputType.recurrent(features, steps);
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray maskArray, MaskState currentMaskState,
            int minibatchSize) {
        return new Pair<>(maskArray, currentMaskState);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlatToSequence f && f.steps == steps && f.features == features;
    }

    @Override
    public int hashCode() {
        return 31 * steps + features;
    }
}
