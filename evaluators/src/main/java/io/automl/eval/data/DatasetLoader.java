package io.automl.eval.data;

import io.automl.space.DatasetSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerMinMaxScaler;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;

/**
 * Loads a CSV or IDX data set per a {@link DatasetSpec}: parse, split, fit the normalizer on the training
 * split only and apply it to every split. Stateless and thread-safe; use {@link DatasetCache} to share
 * loads.
 */
final class DatasetLoader {
    private final CsvReader reader = new CsvReader();
    private final TableParser parser = new TableParser();
    private final Splitter splitter = new Splitter();
    private final IdxReader idx = new IdxReader();

    /** Loads {@code file} (CSV, or IDX images with the IDX label file {@code labels}, null for CSV). */
    PreparedData load(Path file, Path labels, DatasetSpec spec) {
        if (!"csv".equals(spec.type()) && !"idx".equals(spec.type())) {
            throw new DatasetException("dataset type '" + spec.type() + "' is not supported; use 'csv' or 'idx'");
        }
        DataNormalization normalizer = normalizer(spec.normalize());
        LabeledRows rows = "idx".equals(spec.type()) ? idx.read(file, labels)
                : parser.parse(reader.read(file), spec.label());
        Splitter.Indices idx = splitter.split(rows.labels(), rows.labelNames().size(), spec.split(), spec.limit(),
                file.toString());
        int classes = rows.labelNames().size();
        int nFeatures = rows.featureNames().size();
        INDArray trainRaw = DataSplit.matrix(rows.features(idx.train), nFeatures);
        if (normalizer != null) {
            normalizer.fit(new DataSet(trainRaw, DataSplit.oneHot(rows.labels(idx.train), classes)));
        }
        return new PreparedData(file.toAbsolutePath().toString(), sha256(file), rows, normalizer,
                split(rows, idx.train, normalizer, classes), split(rows, idx.validation, normalizer, classes),
                split(rows, idx.test, normalizer, classes));
    }

    private static DataSplit split(LabeledRows rows, int[] idx, DataNormalization normalizer, int classes) {
        double[][] raw = rows.features(idx);
        INDArray x = DataSplit.matrix(raw, rows.featureNames().size());
        if (normalizer != null && idx.length > 0) {
            normalizer.transform(x);
        }
        return new DataSplit(raw, x, rows.labels(idx), classes);
    }

    static DataNormalization normalizer(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "standardize":
                return new NormalizerStandardize();
            case "minmax":
                return new NormalizerMinMaxScaler(0, 1);
            case "none":
                return null;
            default:
                throw new DatasetException("unknown normalize '" + name + "'; use standardize, minmax or none");
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
