package io.automl.eval.data;

import io.automl.space.Task;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;

/**
 * A data set ready for training: its task, train/validation/test splits, the normalizer fitted on the training
 * split (null for {@code normalize: none}), the regression target's scaling (fitted on the training split),
 * column and class names, and the SHA-256 of the source file.
 * Immutable in use and shared between threads; see {@link DataSplit} for the read-only arrays.
 */
public final class PreparedData {
    private final String source;
    private final String sha256;
    private final List<String> featureNames;
    private final String labelColumn;
    private final List<String> labelNames;
    private final DataNormalization normalizer;
    private final DataSplit train;
    private final DataSplit validation;
    private final DataSplit test;
    private final Task task;
    private final TargetScale targetScale;

    PreparedData(String source, String sha256, LabeledRows rows, DataNormalization normalizer, DataSplit train,
            DataSplit validation, DataSplit test, TargetScale targetScale) {
        this.source = Objects.requireNonNull(source, "source");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.featureNames = rows.featureNames();
        this.labelColumn = rows.labelColumn();
        this.labelNames = rows.labelNames();
        this.normalizer = normalizer;
        this.train = Objects.requireNonNull(train, "train");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.test = Objects.requireNonNull(test, "test");
        this.task = rows.regression() ? Task.REGRESSION : Task.CLASSIFICATION;
        this.targetScale = Objects.requireNonNull(targetScale, "targetScale");
    }

    /** Whether the label column holds classes or a numeric target. */
    public Task task() {
        return task;
    }

    /** Whether the label column holds a numeric target. */
    public boolean regression() {
        return task == Task.REGRESSION;
    }

    /** How the regression target is scaled for training ({@link TargetScale#identity()} for classification). */
    public TargetScale targetScale() {
        return targetScale;
    }

    /** The number of network outputs: one per class, or one for a regression target. */
    public int outputs() {
        return regression() ? 1 : classes();
    }

    /** The absolute path of the source file. */
    public String source() {
        return source;
    }

    /** Lower-case hex SHA-256 of the source file's bytes. */
    public String sha256() {
        return sha256;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public String labelColumn() {
        return labelColumn;
    }

    /** Class names (a class id is an index into this list); empty for regression. */
    public List<String> labelNames() {
        return labelNames;
    }

    public int classes() {
        return labelNames.size();
    }

    /** The normalizer fitted on the training split, or null when the data are not normalized. Read-only. */
    public DataNormalization normalizer() {
        return normalizer;
    }

    public DataSplit train() {
        return train;
    }

    public DataSplit validation() {
        return validation;
    }

    /** The held-out test split; may be empty (size 0) when the space asks for no test rows. */
    public DataSplit test() {
        return test;
    }
}
