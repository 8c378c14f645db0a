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
 * {@code automl predict FILE.zip DATA [--labels LABELS.idx]}: one predicted label per row (CSV) or image (IDX),
 * then accuracy when labels are present.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict the rows of a CSV file (or the images of an IDX file) with an exported bundle; prints "
                + "accuracy when the label column (or an IDX label file) is present.")
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
        predictions.accuracy().ifPresent(a -> console.err().printf(Locale.ROOT, "accuracy %.4f on %d rows%n", a,
                predictions.labels().size()));
        return 0;
    }
}
