package io.automl.cli;

import io.automl.eval.bundle.Predictions;
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
 * r2) when labels (or target values) are present.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict the rows of a CSV file (or the images of an IDX file) with an exported bundle: a class"
                + " name per row, or a number per row for a regression model; prints accuracy (or mse, mae and r2)"
                + " when the label column (or an IDX label file) is present.")
final class PredictCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "A bundle written by 'automl export'.")
    Path bundle;

    @Parameters(index = "1", paramLabel = "DATA", description = "Rows to predict: a CSV file with a header row of"
            + " feature names, or an IDX image file (gzip or plain).")
    Path data;

    @Option(names = "--labels", paramLabel = "LABELS.idx", description = "The IDX label file of IDX images.")
    Path labels;

    PredictCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
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
}
