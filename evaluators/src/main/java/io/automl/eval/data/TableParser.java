package io.automl.eval.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a {@link CsvTable} into numbers: feature columns parsed as doubles (a non-numeric cell is an
 * error naming its line and column) and the label column mapped to class indices, or for regression parsed as
 * the numeric target. Classes are the distinct label values sorted numerically when every label is a number,
 * otherwise by string order. Excluded columns are neither features nor label.
 * Stateless and thread-safe.
 */
public final class TableParser {

    /** Parses every column but {@code label} as a feature; requires at least two classes. */
    public LabeledRows parse(CsvTable table, String label) {
        return parse(table, label, List.of());
    }

    /**
     * Parses every column but {@code label} and the {@code exclude}d ones as a feature; requires at least two
     * classes.
     */
    public LabeledRows parse(CsvTable table, String label, List<String> exclude) {
        int labelIdx = labelIndex(table, label);
        List<String> features = featureColumns(table, label, exclude);
        List<String> labelNames = classes(table, labelIdx);
        if (labelNames.size() < 2) {
            throw new DatasetException(table.source() + ": the label column '" + label
                    + "' has a single class (" + labelNames.get(0) + "); at least two are needed");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < labelNames.size(); i++) {
            index.put(labelNames.get(i), i);
        }
        int[] y = new int[table.rows().size()];
        for (int r = 0; r < y.length; r++) {
            y[r] = index.get(table.rows().get(r).get(labelIdx));
        }
        return new LabeledRows(features, label, labelNames, features(table, features), y);
    }

    /**
     * Parses the numeric column {@code target} as a regression target and every other column but the
     * {@code exclude}d ones as a feature; a non-numeric target cell is an error naming its line, and a constant
     * target is an error.
     */
    public LabeledRows parseRegression(CsvTable table, String target, List<String> exclude) {
        labelIndex(table, target);
        List<String> features = featureColumns(table, target, exclude);
        double[] y = targets(table, target);
        double first = y[0];
        if (java.util.Arrays.stream(y).allMatch(v -> v == first)) {
            throw new DatasetException(table.source() + ": the target column '" + target + "' has the single value "
                    + table.rows().get(0).get(table.indexOf(target)) + "; a regression needs varying values");
        }
        return LabeledRows.regression(features, target, features(table, features), y);
    }

    /** The numbers of column {@code column}, row by row; a non-numeric cell is an error naming its line. */
    public double[] targets(CsvTable table, String column) {
        int idx = table.indexOf(column);
        if (idx < 0) {
            throw new DatasetException(table.source() + ": no column '" + column + "'; columns found: "
                    + String.join(", ", table.columns()));
        }
        double[] y = new double[table.rows().size()];
        for (int r = 0; r < y.length; r++) {
            y[r] = number(table, table.rows().get(r).get(idx), r, column);
        }
        return y;
    }

    private static int labelIndex(CsvTable table, String label) {
        int labelIdx = table.indexOf(label);
        if (labelIdx < 0) {
            throw new DatasetException(table.source() + ": no label column '" + label + "'; columns found: "
                    + String.join(", ", table.columns()));
        }
        if (table.rows().isEmpty()) {
            throw new DatasetException(table.source() + ": the file has a header but no data rows");
        }
        return labelIdx;
    }

    private static List<String> featureColumns(CsvTable table, String label, List<String> exclude) {
        List<String> unknown = exclude.stream().filter(c -> table.indexOf(c) < 0).toList();
        if (!unknown.isEmpty()) {
            throw new DatasetException(table.source() + ": no column(s) " + String.join(", ", unknown)
                    + " to exclude; columns found: " + String.join(", ", table.columns()));
        }
        List<String> features = new ArrayList<>(table.columns());
        features.remove(label);
        features.removeAll(exclude);
        if (features.isEmpty()) {
            throw new DatasetException(table.source() + ": no feature columns besides the label '" + label + "'"
                    + (exclude.isEmpty() ? "" : " and the excluded " + String.join(", ", exclude)));
        }
        return features;
    }

    /**
     * The named columns of {@code table} as numbers, row by row; a missing column is an error naming
     * every missing one and the columns found.
     */
    public double[][] features(CsvTable table, List<String> featureNames) {
        int[] idx = new int[featureNames.size()];
        List<String> missing = new ArrayList<>();
        for (int j = 0; j < idx.length; j++) {
            idx[j] = table.indexOf(featureNames.get(j));
            if (idx[j] < 0) {
                missing.add(featureNames.get(j));
            }
        }
        if (!missing.isEmpty()) {
            throw new DatasetException(table.source() + ": missing feature column(s) " + String.join(", ", missing)
                    + "; columns found: " + String.join(", ", table.columns()));
        }
        double[][] x = new double[table.rows().size()][idx.length];
        for (int r = 0; r < x.length; r++) {
            List<String> row = table.rows().get(r);
            for (int j = 0; j < idx.length; j++) {
                x[r][j] = number(table, row.get(idx[j]), r, featureNames.get(j));
            }
        }
        return x;
    }

    private static double number(CsvTable table, String cell, int row, String column) {
        try {
            double v = Double.parseDouble(cell);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException("not finite");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new DatasetException(table.source() + ": line " + CsvTable.lineOf(row) + ", column '" + column
                    + "': '" + cell + "' is not a finite number", e);
        }
    }

    private static List<String> classes(CsvTable table, int labelIdx) {
        boolean numeric = true;
        TreeSet<String> distinct = new TreeSet<>();
        for (int r = 0; r < table.rows().size(); r++) {
            String v = table.rows().get(r).get(labelIdx);
            if (v.isEmpty()) {
                throw new DatasetException(table.source() + ": line " + CsvTable.lineOf(r) + " has an empty label");
            }
            distinct.add(v);
            numeric &= isNumber(v);
        }
        List<String> out = new ArrayList<>(distinct);
        if (numeric) {
            out.sort(Comparator.comparingDouble(Double::parseDouble));
        }
        return List.copyOf(out);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
