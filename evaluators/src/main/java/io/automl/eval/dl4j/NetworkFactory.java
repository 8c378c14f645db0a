package io.automl.eval.dl4j;

import io.automl.eval.EvaluationException;
import io.automl.space.arch.LayerPlan;
import io.automl.space.arch.NetworkPlan;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds the DL4J configuration of a candidate network: the plan's dense layers (a layer's dropout is
 * applied to the input of the layer after it) and an output layer sized to the class count. Checks the
 * parameter count against a limit before anything is allocated. Stateless and thread-safe.
 */
public final class NetworkFactory {
    private final long maxParameters;

    /** A factory refusing networks with more than {@code maxParameters} parameters. */
    public NetworkFactory(long maxParameters) {
        if (maxParameters < 1) {
            throw new IllegalArgumentException("maxParameters must be >= 1: " + maxParameters);
        }
        this.maxParameters = maxParameters;
    }

    /** The number of trainable parameters (weights and biases) of {@code plan} on this input and output. */
    public static long parameterCount(NetworkPlan plan, int inputs, int classes) {
        long total = 0;
        long in = inputs;
        for (LayerPlan layer : plan.layers()) {
            LayerPlan.Dense d = (LayerPlan.Dense) layer;
            total = Math.addExact(total, Math.addExact(Math.multiplyExact(in, d.units()), d.units()));
            in = d.units();
        }
        return Math.addExact(total, Math.addExact(Math.multiplyExact(in, classes), classes));
    }

    /**
     * The configuration for {@code plan}, or an {@link EvaluationException} when the network is too large
     * or names an unknown activation or loss.
     */
    public MultiLayerConfiguration build(NetworkPlan plan, Hyperparameters hp, int inputs, int classes, long seed)
            throws EvaluationException {
        long params = parameterCount(plan, inputs, classes);
        if (params > maxParameters) {
            throw new EvaluationException(String.format(Locale.ROOT, "network has %,d parameters, limit %,d",
                    params, maxParameters));
        }
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(hp.updater());
        if (hp.l2() > 0) {
            base.l2(hp.l2());
        }
        if (hp.weightDecay() > 0) {
            base.weightDecay(hp.weightDecay());
        }
        NeuralNetConfiguration.ListBuilder list = base.list();
        int in = inputs;
        double pendingDropout = 0;
        for (int i = 0; i < plan.layers().size(); i++) {
            LayerPlan.Dense d = (LayerPlan.Dense) plan.layers().get(i);
            Activation act = activation(d.activation(), "hidden layer " + (i + 1));
            DenseLayer.Builder b = new DenseLayer.Builder().nIn(in).nOut(d.units()).activation(act)
                    .weightInit(act == Activation.RELU || act == Activation.LEAKYRELU ? WeightInit.RELU
                            : WeightInit.XAVIER);
            if (pendingDropout > 0) {
                b.dropOut(1 - pendingDropout);
            }
            list.layer(b.build());
            pendingDropout = d.dropout();
            in = d.units();
        }
        OutputLayer.Builder out = new OutputLayer.Builder(loss(plan.output().loss())).nIn(in).nOut(classes)
                .activation(activation(plan.output().activation(), "output layer")).weightInit(WeightInit.XAVIER);
        if (pendingDropout > 0) {
            out.dropOut(1 - pendingDropout);
        }
        return list.layer(out.build()).build();
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
