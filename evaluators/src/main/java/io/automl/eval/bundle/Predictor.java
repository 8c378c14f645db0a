package io.automl.eval.bundle;

import io.automl.eval.data.CsvReader;
import io.automl.eval.data.CsvTable;
import io.automl.eval.data.TableParser;
import io.automl.eval.dl4j.Metrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Labels the rows of a CSV file with a bundle's model: feature columns are matched by name from the
 * manifest (extra columns are ignored; a missing one is an error naming it), the bundle's normalizer
 * is applied, and each row gets the name of its most probable class. When the CSV has the manifest's
 * label column, the accuracy against it is returned too. Thread-safe (each call opens its own model).
 */
public final class Predictor {
    private final BundleReader reader = new BundleReader();
    private final CsvReader csv = new CsvReader();
    private final TableParser parser = new TableParser();

    /** Predicts every row of {@code csvFile} with the model in {@code bundle}. */
    public Predictions predict(Path bundle, Path csvFile) throws IOException {
        Bundle b = reader.read(bundle);
        CsvTable table = csv.read(csvFile);
        BundleManifest m = b.manifest();
        double[][] rows = parser.features(table, m.featureColumns());
        if (rows.length == 0) {
            return new Predictions(List.of(), OptionalDouble.empty());
        }
        INDArray x = Nd4j.create(rows).castTo(DataType.FLOAT);
        if (b.model().normalizer() instanceof DataNormalization n) {
            n.transform(x);
        }
        int[] predicted = Metrics.predictions(b.model().network().output(x, false));
        List<String> labels = new ArrayList<>(predicted.length);
        for (int p : predicted) {
            labels.add(m.labelNames().get(p));
        }
        int labelIdx = table.indexOf(m.labelColumn());
        if (labelIdx < 0) {
            return new Predictions(labels, OptionalDouble.empty());
        }
        int correct = 0;
        for (int i = 0; i < labels.size(); i++) {
            correct += labels.get(i).equals(table.rows().get(i).get(labelIdx)) ? 1 : 0;
        }
        return new Predictions(labels, OptionalDouble.of(correct / (double) labels.size()));
    }
}
