package io.automl.cli;

import io.automl.eval.bundle.Predictions;
import io.automl.eval.bundle.Predictor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code automl predict FILE.zip DATA.csv}: one predicted label per row, then accuracy when labels are present. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict the rows of a CSV file with an exported bundle; prints accuracy when the label column is present.")
final class PredictCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "A bundle written by 'automl export'.")
    Path bundle;

    @Parameters(index = "1", paramLabel = "DATA.csv", description = "Rows to predict (header row with feature names).")
    Path data;

    PredictCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        for (Path p : new Path[] {bundle, data}) {
            if (!Files.isRegularFile(p)) {
                throw new UserException("no such file: " + p);
            }
        }
        Predictions predictions = new Predictor().predict(bundle, data);
        StringBuilder sb = new StringBuilder();
        predictions.labels().forEach(l -> sb.append(l).append('\n'));
        console.out().print(sb);
        predictions.accuracy().ifPresent(a -> console.err().printf(Locale.ROOT, "accuracy %.4f on %d rows%n", a,
                predictions.labels().size()));
        return 0;
    }
}
