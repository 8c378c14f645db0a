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

    private Vocabulary() {
    }
}
