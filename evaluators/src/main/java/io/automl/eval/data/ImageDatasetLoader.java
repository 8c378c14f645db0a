package io.automl.eval.data;

import io.automl.space.DatasetSpec;
import io.automl.space.ImageFolders;
import io.automl.space.images.ClassFolders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;

/**
 * Loads an {@code images} data set: the class folders of the training folder name the classes (sorted by name,
 * so class ids are stable), every image is decoded by {@link ImageFolderReader} (a file that cannot be decoded
 * fails the load with its path), and the validation and test folders, when given, are those splits; whatever is
 * not given is split off the training folder, stratified and seeded, with the fractions of {@code split} (the row
 * {@code limit} applies to the training folder). The normalizer is fitted on the training split only. The data
 * hash is over all folders' images. Stateless and thread-safe.
 */
final class ImageDatasetLoader {
    private final Splitter splitter = new Splitter();
    private final ImageFolderReader reader;

    ImageDatasetLoader(ImageFolderReader reader) {
        this.reader = reader;
    }

    PreparedData load(Path root, DatasetSpec spec) throws InterruptedException {
        ImageFolders img = spec.images();
        ClassFolders trainFolder = ImageFolderReader.scan(root);
        List<String> classes = trainFolder.names();
        if (classes.size() < 2) {
            throw new DatasetException(root + ": an images data set needs one subfolder per class, at least two;"
                    + " found " + classes.size());
        }
        List<ImageFolder> parts = new ArrayList<>();
        parts.add(read(trainFolder, classes, img));
        ImageFolder validation = img.validation() == null ? null : read(ImageFolderReader.scan(Path.of(
                img.validation())), classes, img);
        ImageFolder test = img.test() == null ? null : read(ImageFolderReader.scan(Path.of(img.test())), classes, img);
        double valFraction = validation == null ? spec.split().validation() : 0;
        double testFraction = test == null ? spec.split().test() : 0;
        ImageFolder train = parts.get(0);
        Splitter.Indices idx = splitter.split(train.classIds(), classes.size(), valFraction, testFraction,
                spec.split().seed(), spec.limit(), root.toString(), validation == null);
        LabeledRows rows = rows(classes, img, train, validation, test);
        int[] val = validation == null ? idx.validation : range(train.size(), validation.size());
        int offset = train.size() + (validation == null ? 0 : validation.size());
        int[] testRows = test == null ? idx.test : range(offset, test.size());
        if (val.length == 0) {
            throw new DatasetException(img.validation() + ": the validation folder holds no image");
        }
        DataNormalization normalizer = DatasetLoader.normalizer(spec.normalize());
        if (normalizer != null) {
            INDArray x = DataSplit.matrix(rows.features(idx.train), rows.featureNames().size());
            normalizer.fit(new DataSet(x, DataSplit.oneHot(rows.labels(idx.train), classes.size())));
        }
        return new PreparedData(root.toAbsolutePath().toString(), sha256(train, validation, test), rows, normalizer,
                split(rows, idx.train, normalizer), split(rows, val, normalizer), split(rows, testRows, normalizer),
                TargetScale.identity());
    }

    private ImageFolder read(ClassFolders folder, List<String> classes, ImageFolders img)
            throws InterruptedException {
        ImageFolder f = reader.read(folder, classes, img.height(), img.width(), img.channels());
        f.requireDecoded();
        return f;
    }

    private static LabeledRows rows(List<String> classes, ImageFolders img, ImageFolder... folders) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (ImageFolder f : folders) {
            if (f == null) {
                continue;
            }
            for (int i = 0; i < f.size(); i++) {
                x.add(f.values()[i]);
                y.add(f.classIds()[i]);
            }
        }
        return new LabeledRows(ImageDecoder.featureNames(img.height(), img.width(), img.channels()), "label",
                classes, x.toArray(new double[0][]), y.stream().mapToInt(Integer::intValue).toArray());
    }

    private static DataSplit split(LabeledRows rows, int[] idx, DataNormalization normalizer) {
        double[][] raw = rows.features(idx);
        INDArray x = DataSplit.matrix(raw, rows.featureNames().size());
        if (normalizer != null && idx.length > 0) {
            normalizer.transform(x);
        }
        return new DataSplit(raw, x, rows.labels(idx), rows.labelNames().size());
    }

    private static int[] range(int from, int count) {
        int[] out = new int[count];
        java.util.Arrays.setAll(out, i -> from + i);
        return out;
    }

    private static String sha256(ImageFolder... folders) {
        if (folders[1] == null && folders[2] == null) {
            return folders[0].sha256();
        }
        StringBuilder sb = new StringBuilder();
        for (ImageFolder f : folders) {
            sb.append(f == null ? "-" : f.sha256()).append('\n');
        }
        return DatasetLoader.sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
