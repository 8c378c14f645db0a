package io.automl.cli;

import io.automl.eval.bundle.ImagePredictions;
import io.automl.eval.bundle.ImagePredictor;
import io.automl.eval.bundle.Predictions;
import io.automl.eval.data.DatasetException;
import io.automl.space.images.ClassFolders;
import java.io.IOException;
import io.automl.eval.bundle.Predictor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code automl predict FILE.zip DATA [--labels LABELS.idx]}: one predicted label per row (CSV) or image (IDX), or
 * one predicted number per row for a regression bundle, on stdout; then on stderr the accuracy (or mse, mae and
 * r2) when labels (or target values) are present. DATA that is a folder or an image file (PNG, JPEG, BMP, GIF)
 * prints {@code file<TAB>class} per image, and the accuracy over the images that lie in class folders.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict the rows of a CSV file (or the images of an IDX file) with an exported bundle: a class"
                + " name per row, or a number per row for a regression model; prints accuracy (or mse, mae and r2)"
                + " when the label column (or an IDX label file) is present. An image file or a folder of images"
                + " prints 'file<TAB>class' per image, and the accuracy over the images in class folders.")
final class PredictCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "A bundle written by 'automl export'.")
    Path bundle;

    @Parameters(index = "1", paramLabel = "DATA", description = "Rows to predict: a CSV file with a header row of"
            + " feature names, an IDX image file (gzip or plain), an image file, or a folder of images (class"
            + " subfolders are scored).")
    Path data;

    @Option(names = "--labels", paramLabel = "LABELS.idx", description = "The IDX label file of IDX images.")
    Path labels;

    PredictCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (labels == null && (Files.isDirectory(data) || ClassFolders.isImageName(data))) {
            return images();
        }
        for (Path p : new Path[] {bundle, data, labels}) {
            if (p != null && !Files.isRegularFile(p)) {
                throw new UserException("no such file: " + p);
            }
        }
        Predictions predictions = new Predictor().predict(bundle, data, Optional.ofNullable(labels));
        StringBuilder sb = new StringBuilder();
        predictions.labels().forEach(l -> sb.append(l).append('\n'));
        console.out().print(sb);
        if (!predictions.metrics().isEmpty()) {
            StringBuilder m = new StringBuilder();
            predictions.metrics().forEach((name, v) -> m.append(String.format(Locale.ROOT, "%s %.4f ", name, v)));
            console.err().printf(Locale.ROOT, "%son %d rows%n", m, predictions.labels().size());
        }
        return 0;
    }

    /** Predicts an image file or a folder of images: {@code file<TAB>class} lines, accuracy over class folders. */
    private int images() throws IOException {
        if (!Files.isRegularFile(bundle)) {
            throw new UserException("no such file: " + bundle);
        }
        if (!Files.exists(data)) {
            throw new UserException("no such file or folder: " + data);
        }
        ImagePredictions p;
        try {
            p = new ImagePredictor().predict(bundle, data);
        } catch (DatasetException e) {
            throw new UserException(e.getMessage());
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.files().size(); i++) {
            sb.append(p.files().get(i)).append('\t').append(p.classes().get(i)).append('\n');
        }
        console.out().print(sb);
        p.accuracy().ifPresent(a -> console.err().printf(Locale.ROOT, "accuracy %.4f on %d images in class"
                + " folders%n", a, p.scored()));
        return 0;
    }
}
