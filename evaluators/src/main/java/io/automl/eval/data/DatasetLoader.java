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
 * Loads a CSV, IDX or image-folder data set per a {@link DatasetSpec}: parse (class labels, or a numeric target for
 * regression), split (stratified by class for classification, plainly random for regression), fit the normalizer
 * and the target's scaling on the training split only and apply them to every split. Stateless and thread-safe; use {@link DatasetCache} to share
 * loads.
 */
final class DatasetLoader {
    private final CsvReader reader = new CsvReader();
    private final TableParser parser = new TableParser();
    private final Splitter splitter = new Splitter();
    private final IdxReader idx = new IdxReader();
    private final ImageDatasetLoader images;

    /** A loader decoding image folders with {@code imageReader}. */
    DatasetLoader(ImageFolderReader imageReader) {
        this.images = new ImageDatasetLoader(imageReader);
    }

    /**
     * Loads {@code file} (CSV, IDX images with the IDX label file {@code labels}, null for CSV, or the folder of
     * an images data set).
     *
     * @throws InterruptedException when interrupted while decoding images
     */
    PreparedData load(Path file, Path labels, DatasetSpec spec) throws InterruptedException {
        if (DatasetSpec.IMAGES.equals(spec.type())) {
            return images.load(file, spec);
        }
        if (!"csv".equals(spec.type()) && !"idx".equals(spec.type())) {
            throw new DatasetException("dataset type '" + spec.type() + "' is not supported; use 'csv', 'idx' or"
                    + " 'images'");
        }
        DataNormalization normalizer = normalizer(spec.normalize());
        LabeledRows rows;
        if ("idx".equals(spec.type())) {
            rows = idx.read(file, labels);
        } else if (spec.regression()) {
            rows = parser.parseRegression(reader.read(file), spec.label(), spec.exclude());
        } else {
            rows = parser.parse(reader.read(file), spec.label(), spec.exclude());
        }
        // regression rows all carry class id 0, so the per-class split is a plain seeded random split
        int groups = rows.regression() ? 1 : rows.labelNames().size();
        Splitter.Indices idx = splitter.split(rows.labels(), groups, spec.split(), spec.limit(), file.toString());
        int nFeatures = rows.featureNames().size();
        INDArray trainRaw = DataSplit.matrix(rows.features(idx.train), nFeatures);
        TargetScale scale = TargetScale.identity();
        if (rows.regression() && spec.normalizeTarget().equals("standardize")) {
            scale = TargetScale.standardizing(rows.targets(idx.train));
        }
        if (normalizer != null) {
            INDArray y = rows.regression() ? DataSplit.scaledColumn(rows.targets(idx.train), scale)
                    : DataSplit.oneHot(rows.labels(idx.train), groups);
            normalizer.fit(new DataSet(trainRaw, y));
        }
        return new PreparedData(file.toAbsolutePath().toString(), sha256(file), rows, normalizer,
                split(rows, idx.train, normalizer, scale), split(rows, idx.validation, normalizer, scale),
                split(rows, idx.test, normalizer, scale), scale);
    }

    private static DataSplit split(LabeledRows rows, int[] idx, DataNormalization normalizer, TargetScale scale) {
        double[][] raw = rows.features(idx);
        INDArray x = DataSplit.matrix(raw, rows.featureNames().size());
        if (normalizer != null && idx.length > 0) {
            normalizer.transform(x);
        }
        return rows.regression() ? new DataSplit(raw, x, rows.targets(idx), scale)
                : new DataSplit(raw, x, rows.labels(idx), rows.labelNames().size());
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

    /** Lower-case hex SHA-256 of {@code bytes}. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
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
