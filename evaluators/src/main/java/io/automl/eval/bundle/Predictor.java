package io.automl.eval.bundle;

import io.automl.eval.data.CsvReader;
import io.automl.eval.data.CsvTable;
import io.automl.eval.data.DatasetException;
import io.automl.eval.data.IdxReader;
import io.automl.eval.data.LabeledRows;
import io.automl.eval.data.TableParser;
import io.automl.eval.dl4j.Metrics;
import io.automl.eval.dl4j.Outputs;
import io.automl.eval.dl4j.RegressionMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Labels the rows of a CSV file with a bundle's model: feature columns are matched by name from the
 * manifest (extra columns are ignored; a missing one is an error naming it), the bundle's normalizer
 * is applied, and each row gets the name of its most probable class, or for a regression model its predicted
 * value in the target's units. When the CSV has the manifest's label column, the accuracy against it (or the
 * mse, mae and r2 against the target) is returned too. An IDX image file (gzip or plain) is read as rows
 * of pixels in the manifest's feature order, with accuracy when an IDX label file is given. Image and sequence
 * models take the same flat rows (they reshape them themselves). Thread-safe (each call opens its own model).
 */
public final class Predictor {
    private final BundleReader reader = new BundleReader();
    private final CsvReader csv = new CsvReader();
    private final TableParser parser = new TableParser();

    /** Predicts every row of {@code csvFile} (or every image of an IDX image file) with the model in {@code bundle}. */
    public Predictions predict(Path bundle, Path csvFile) throws IOException {
        return predict(bundle, csvFile, Optional.empty());
    }

    /**
     * Predicts every image of an IDX image file, scoring against the IDX {@code labels} file when given; a CSV
     * file is read as in {@link #predict(Path, Path)} ({@code labels} must then be empty).
     */
    public Predictions predict(Path bundle, Path data, Optional<Path> labels) throws IOException {
        Bundle b = reader.read(bundle);
        BundleManifest m = b.manifest();
        if (IdxReader.isIdxImages(data)) {
            if (m.regression()) {
                throw new DatasetException(data + " is an IDX image file; a regression model reads CSV rows");
            }
            LabeledRows rows = new IdxReader().read(data, labels.orElseThrow(() -> new DatasetException(
                    "predicting IDX images needs their IDX label file (--labels)")));
            if (rows.featureNames().size() != m.featureColumns().size()) {
                throw new DatasetException(data + ": images have " + rows.featureNames().size()
                        + " pixels, the model reads " + m.featureColumns().size());
            }
            List<String> truth = new ArrayList<>();
            for (int y : rows.labels()) {
                truth.add(rows.labelNames().get(y));
            }
            int[] all = new int[rows.size()];
            java.util.Arrays.setAll(all, i -> i);
            return predictRows(b, rows.features(all), truth);
        }
        if (labels.isPresent()) {
            throw new DatasetException(data + " is not an IDX image file; a label file applies to IDX images only");
        }
        CsvTable table = csv.read(data);
        double[][] rows = parser.features(table, m.featureColumns());
        int labelIdx = table.indexOf(m.labelColumn());
        if (m.regression()) {
            return predictValues(b, rows, labelIdx < 0 ? null : parser.targets(table, m.labelColumn()));
        }
        List<String> truth = null;
        if (labelIdx >= 0) {
            truth = new ArrayList<>();
            for (List<String> row : table.rows()) {
                truth.add(row.get(labelIdx));
            }
        }
        return predictRows(b, rows, truth);
    }

    private static INDArray output(Bundle b, double[][] rows) {
        INDArray x = Nd4j.create(rows).castTo(DataType.FLOAT);
        if (b.model().normalizer() instanceof DataNormalization n) {
            n.transform(x);
        }
        return Outputs.of(b.model().network(), x);
    }

    private static Predictions predictValues(Bundle b, double[][] rows, double[] truth) {
        if (rows.length == 0) {
            return new Predictions(List.of(), List.of(), Map.of());
        }
        double[] predicted = RegressionMetrics.values(output(b, rows), b.model().info().target());
        List<String> text = new ArrayList<>(predicted.length);
        List<Double> values = new ArrayList<>(predicted.length);
        for (double v : predicted) {
            text.add(Float.toString((float) v));
            values.add(v);
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (truth != null) {
            metrics.put("mse", RegressionMetrics.mse(predicted, truth));
            metrics.put("mae", RegressionMetrics.mae(predicted, truth));
            metrics.put("r2", RegressionMetrics.r2(predicted, truth));
        }
        return new Predictions(text, values, metrics);
    }

    private static Predictions predictRows(Bundle b, double[][] rows, List<String> truth) {
        BundleManifest m = b.manifest();
        if (rows.length == 0) {
            return Predictions.classes(List.of(), OptionalDouble.empty());
        }
        int[] predicted = Metrics.predictions(output(b, rows));
        List<String> labels = new ArrayList<>(predicted.length);
        for (int p : predicted) {
            labels.add(m.labelNames().get(p));
        }
        if (truth == null) {
            return Predictions.classes(labels, OptionalDouble.empty());
        }
        int correct = 0;
        for (int i = 0; i < labels.size(); i++) {
            correct += labels.get(i).equals(truth.get(i)) ? 1 : 0;
        }
        return Predictions.classes(labels, OptionalDouble.of(correct / (double) labels.size()));
    }
}
