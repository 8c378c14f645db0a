package io.automl.eval.dl4j;

import io.automl.eval.EvaluationException;
import io.automl.space.arch.InputShape;
import io.automl.space.arch.LayerPlan;
import java.util.List;
import java.util.Optional;
import org.nd4j.linalg.schedule.ISchedule;
import org.deeplearning4j.nn.conf.inputs.InputType;
import io.automl.space.arch.NetworkPlan;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds the DL4J configuration of a candidate network from its plan: the declared input shape (flat rows,
 * images stored channel-major, sequences stored step-major; the network always reads flat rows and reshapes them
 * itself), the planned hidden layers (a dense layer's dropout is applied to the input of the layer after it) and
 * an output layer sized to the class count (one unit for a regression target). Networks with convolution layers
 * use DL4J's {@code CacheMode.DEVICE}: a convolution layer keeps its forward output for the backward pass rather
 * than computing it again (BENCHMARKS.md section 7b). Before anything is allocated it
 * checks the parameter count and the estimated activation memory against limits, and turns a candidate DL4J
 * cannot build into an {@link EvaluationException} naming the reason. Stateless and thread-safe.
 */
public final class NetworkFactory {
    /** Default activation memory limit in MiB. */
    public static final double DEFAULT_MAX_ACTIVATION_MB = 1024;
    /** Gradients and workspaces roughly triple the forward activations. */
    static final int MEMORY_FACTOR = 3;

    private final long maxParameters;
    private final double maxActivationMB;

    /** A factory refusing networks with more than {@code maxParameters} parameters, default memory limit. */
    public NetworkFactory(long maxParameters) {
        this(maxParameters, DEFAULT_MAX_ACTIVATION_MB);
    }

    /** A factory refusing networks above {@code maxParameters} or {@code maxActivationMB} of activations. */
    public NetworkFactory(long maxParameters, double maxActivationMB) {
        if (maxParameters < 1) {
            throw new IllegalArgumentException("maxParameters must be >= 1: " + maxParameters);
        }
        if (!(maxActivationMB > 0)) {
            throw new IllegalArgumentException("maxActivationMB must be > 0: " + maxActivationMB);
        }
        this.maxParameters = maxParameters;
        this.maxActivationMB = maxActivationMB;
    }

    /** The DL4J input type of {@code shape} over rows of {@code inputs} values. */
    static InputType inputType(InputShape shape, int inputs) throws EvaluationException {
        if (shape.kind().equals(InputShape.FEATURES)) {
            return InputType.feedForward(inputs);
        }
        if (shape.size() != inputs) {
            throw new EvaluationException(String.format(Locale.ROOT, "the %s input needs %d values per row, the data"
                    + " have %d features", shape.kind(), shape.size(), inputs));
        }
        return shape.kind().equals(InputShape.IMAGE)
                ? InputType.convolutionalFlat(shape.height(), shape.width(), shape.channels())
                : InputType.feedForward(inputs);
    }

    /**
     * The configuration for {@code plan}, or an {@link EvaluationException} when the network is too large, cannot
     * be built on this input, or names an unknown activation or loss.
     */
    public MultiLayerConfiguration build(NetworkPlan plan, Hyperparameters hp, int inputs, int outputs, long seed)
            throws EvaluationException {
        return build(plan, hp, inputs, outputs, seed, Optional.empty());
    }

    /** As {@link #build(NetworkPlan, Hyperparameters, int, int, long)} with a learning-rate schedule. */
    public MultiLayerConfiguration build(NetworkPlan plan, Hyperparameters hp, int inputs, int outputs, long seed,
            Optional<ISchedule> schedule) throws EvaluationException {
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(schedule.isPresent() ? hp.updater(schedule.get()) : hp.updater());
        if (plan.layers().stream().anyMatch(l -> l instanceof LayerPlan.Conv2d)) {
            // convolution layers keep their forward output for the backward pass instead of computing it twice
            base.cacheMode(CacheMode.DEVICE);
        }
        if (hp.l2() > 0) {
            base.l2(hp.l2());
        }
        if (hp.weightDecay() > 0) {
            base.weightDecay(hp.weightDecay());
        }
        InputType in = inputType(plan.input(), inputs);
        NeuralNetConfiguration.ListBuilder list = base.list();
        if (plan.input().kind().equals(InputShape.SEQUENCE)) {
            list.inputPreProcessor(0, new FlatToSequence(plan.input().steps(), plan.input().features()));
        }
        double pendingDropout = 0;
        for (int i = 0; i < plan.layers().size(); i++) {
            LayerPlan layer = plan.layers().get(i);
            list.layer(LayerBuilder.build(layer, pendingDropout, "hidden layer " + (i + 1)));
            pendingDropout = layer instanceof LayerPlan.Dense d ? d.dropout() : 0;
        }
        OutputLayer.Builder out = new OutputLayer.Builder(loss(plan.output().loss())).nOut(outputs)
                .activation(activation(plan.output().activation(), "output layer")).weightInit(LayerBuilder.WEIGHTS);
        if (pendingDropout > 0) {
            out.dropOut(1 - pendingDropout);
        }
        list.layer(out.build()).setInputType(in);
        MultiLayerConfiguration conf;
        List<InputType> activations;
        try {
            conf = list.build();
            activations = conf.getLayerActivationTypes(in);
        } catch (RuntimeException e) {
            throw new EvaluationException("candidate network cannot be built: " + e.getMessage(), e);
        }
        for (int i = 0; i < activations.size(); i++) {
            if (activations.get(i).arrayElementsPerExample() < 1) {
                throw new EvaluationException("candidate network cannot be built: layer " + (i + 1) + " ("
                        + conf.getConf(i).getLayer().getClass().getSimpleName() + ") has an empty output "
                        + activations.get(i) + " on input " + (i == 0 ? in : activations.get(i - 1)));
            }
        }
        guard(conf, in, activations, hp.batchSize());
        return conf;
    }

    private void guard(MultiLayerConfiguration conf, InputType in, List<InputType> activations, int batch)
            throws EvaluationException {
        long params = parameterCount(conf);
        if (params > maxParameters) {
            throw new EvaluationException(String.format(Locale.ROOT, "network has %,d parameters, limit %,d",
                    params, maxParameters));
        }
        double mb = activationMB(in, activations, batch);
        if (mb > maxActivationMB) {
            throw new EvaluationException(String.format(Locale.ROOT, "network needs about %,.0f MB of activation "
                    + "memory at batch size %d (%d bytes x %d per value), limit %,.0f MB", mb, batch, 4,
                    MEMORY_FACTOR, maxActivationMB));
        }
    }

    /** The number of trainable parameters of a built configuration. */
    public static long parameterCount(MultiLayerConfiguration conf) {
        long total = 0;
        for (int i = 0; i < conf.getConfs().size(); i++) {
            NeuralNetConfiguration c = conf.getConf(i);
            total = Math.addExact(total, c.getLayer().initializer().numParams(c));
        }
        return total;
    }

    /** Estimated activation memory in MiB: batch x (input + every layer's output) x 4 bytes x 3. */
    public static double activationMB(InputType in, List<InputType> activations, int batch) {
        double values = in.arrayElementsPerExample();
        for (InputType t : activations) {
            values += t.arrayElementsPerExample();
        }
        return batch * values * 4 * MEMORY_FACTOR / (1024.0 * 1024.0);
    }

    static Activation activation(String name, String where) throws EvaluationException {
        String n = name.toUpperCase(Locale.ROOT).replace("_", "");
        if (n.equals("LINEAR")) {
            n = "IDENTITY";
        }
        try {
            return Activation.valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new EvaluationException("unknown activation '" + name + "' in " + where + "; known: "
                    + Arrays.stream(Activation.values()).map(a -> a.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")), e);
        }
    }

    static LossFunctions.LossFunction loss(String name) throws EvaluationException {
        try {
            return LossFunctions.LossFunction.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new EvaluationException("unknown loss '" + name + "'; known: "
                    + Arrays.stream(LossFunctions.LossFunction.values()).map(a -> a.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")), e);
        }
    }
}
