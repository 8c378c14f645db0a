package io.automl.space.parse;

import java.util.Set;

/** The closed sets of names format v1 accepts. Constants only; immutable. */
final class Vocabulary {
    static final Set<String> DIRECTIONS = Set.of("maximize", "minimize");
    /** Metrics the DL4J evaluator computes on the validation split. */
    static final Set<String> METRICS = Set.of("accuracy", "f1_macro", "log_loss", "roc_auc", "mse", "mae", "r2",
            "val_loss", "loss");
    /** Metrics a command evaluator may report: the above plus the program's own {@code value}. */
    static final Set<String> COMMAND_METRICS = Set.of("accuracy", "f1_macro", "log_loss", "roc_auc", "mse", "mae",
            "r2", "val_loss", "loss", "value");
    /**
     * Metrics the DL4J evaluator measures besides the validation metrics, for {@code objectives} and
     * {@code constraints}: trainable parameters, median milliseconds to predict a fixed batch after training,
     * training seconds, bytes of the saved model.
     */
    static final Set<String> SECONDARY_METRICS = Set.of("parameters", "inference_ms", "train_seconds", "model_bytes");
    /** Metrics a DL4J space may name in {@code objectives} and {@code constraints}. */
    static final Set<String> OBJECTIVE_METRICS = union(METRICS, SECONDARY_METRICS);
    /** Pruners that compare one objective's learning curves; they need a single objective. */
    static final Set<String> SINGLE_OBJECTIVE_PRUNERS = Set.of("median", "asha", "hyperband");
    /** Samplers that model a single objective; a multi-objective space may not use them. */
    static final Set<String> SINGLE_OBJECTIVE_SAMPLERS = Set.of("tpe", "gp", "evolution");
    static final Set<String> TASKS = Set.of("classification", "regression");
    static final Set<String> TARGET_SCALING = Set.of("standardize", "none");
    /** Output activations and losses that only make sense for class labels. */
    static final Set<String> CLASSIFICATION_OUTPUTS = Set.of("softmax");
    static final Set<String> CLASSIFICATION_LOSSES = Set.of("mcxent", "xent", "negativeloglikelihood");
    static final Set<String> EVALUATORS = Set.of("dl4j", "command", "library");
    static final Set<String> DATASET_TYPES = Set.of("csv", "idx", "images");
    static final Set<String> NORMALIZE = Set.of("standardize", "minmax", "none");
    static final Set<String> ARCHITECTURES = Set.of("feedforward");
    static final Set<String> LAYERS = Set.of("dense", "conv2d", "pool2d", "batchnorm", "dropout", "lstm", "globalpool");
    static final Set<String> INPUT_KINDS = Set.of("features", "image", "sequence");
    static final Set<String> PADDINGS = Set.of("same", "valid");
    static final Set<String> POOL_MODES = Set.of("max", "avg");
    static final Set<String> ACTIVATIONS = Set.of("relu", "tanh", "sigmoid", "elu", "leakyrelu", "selu", "softplus",
            "identity", "swish", "gelu");
    static final Set<String> OUTPUT_ACTIVATIONS = Set.of("softmax", "relu", "tanh", "sigmoid", "elu", "leakyrelu",
            "selu", "softplus", "identity", "swish", "gelu");
    static final Set<String> LOSSES = Set.of("mcxent", "mse", "l1", "xent", "negativeloglikelihood");
    static final Set<String> DISTRIBUTIONS = Set.of("float", "int", "categorical");

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private Vocabulary() {
    }
}
