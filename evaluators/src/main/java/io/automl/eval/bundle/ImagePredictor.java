package io.automl.eval.bundle;

import io.automl.eval.data.DatasetException;
import io.automl.eval.data.ImageDecoder;
import io.automl.eval.dl4j.Metrics;
import io.automl.space.arch.InputShape;
import io.automl.space.images.ClassFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Predicts image files with a bundle whose model reads images (an {@code images} or IDX data set, or any space
 * with an image input): each image is decoded, resized and converted as in training ({@link ImageDecoder}, the
 * bundle's height, width and channels), normalized with the bundle's normalizer and given the most probable
 * class. A folder is read as class subfolders (images at any depth below a subfolder are scored against its name)
 * plus images lying directly in it (not scored); symbolic links are not followed. A file that cannot be decoded
 * fails the whole call with its path. Thread-safe (each call opens its own model).
 */
public final class ImagePredictor {
    private static final int BATCH = 512;

    private final BundleReader reader = new BundleReader();
    private final ImageDecoder decoder = new ImageDecoder();

    /** Predicts the image file or the folder {@code target} with the model in {@code bundle}. */
    public ImagePredictions predict(Path bundle, Path target) throws IOException {
        Bundle b = reader.read(bundle);
        BundleManifest m = b.manifest();
        InputShape shape = m.inputShape();
        if (!shape.kind().equals(InputShape.IMAGE) || m.regression()) {
            throw new DatasetException(bundle + " holds a model of " + (m.regression() ? "a regression" : shape.kind()
                    + " input") + "; images are predicted by classification models of image input");
        }
        List<Path> files = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        if (Files.isDirectory(target)) {
            list(target, files, shown, truth);
        } else {
            files.add(target);
            shown.add(target.toString());
            truth.add(null);
        }
        double[][] rows = decode(files, shape);
        List<String> classes = new ArrayList<>(rows.length);
        for (int start = 0; start < rows.length; start += BATCH) {
            double[][] part = java.util.Arrays.copyOfRange(rows, start, Math.min(rows.length, start + BATCH));
            INDArray x = Nd4j.create(part).castTo(DataType.FLOAT);
            if (b.model().normalizer() instanceof DataNormalization n) {
                n.transform(x);
            }
            for (int p : Metrics.predictions(b.model().network().output(x, false))) {
                classes.add(m.labelNames().get(p));
            }
        }
        return new ImagePredictions(shown, classes, truth);
    }

    private static void list(Path dir, List<Path> files, List<String> shown, List<String> truth) {
        ClassFolders folders;
        try {
            folders = ClassFolders.scan(dir);
        } catch (UncheckedIOException e) {
            throw new DatasetException(e.getMessage(), e);
        }
        folders.classes().forEach((name, images) -> images.forEach(f -> {
            files.add(f);
            shown.add(dir.relativize(f).toString());
            truth.add(name);
        }));
        try (Stream<Path> loose = Files.list(dir)) {
            loose.filter(p -> !Files.isSymbolicLink(p) && Files.isRegularFile(p) && ClassFolders.isImageName(p))
                    .sorted(Comparator.comparing(Path::toString)).forEach(f -> {
                        files.add(f);
                        shown.add(dir.relativize(f).toString());
                        truth.add(null);
                    });
        } catch (IOException e) {
            throw new DatasetException(dir + ": cannot list: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new DatasetException(dir + " holds no image (" + String.join(", ",
                    ClassFolders.EXTENSIONS.stream().sorted().toList()) + ")");
        }
    }

    private double[][] decode(List<Path> files, InputShape shape) {
        double[][] rows = new double[files.size()][];
        String[] errors = new String[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                rows[i] = decoder.decode(Files.readAllBytes(files.get(i)), shape.height(), shape.width(),
                        shape.channels()).values();
            } catch (IOException e) {
                errors[i] = files.get(i) + ": cannot decode: " + e.getMessage();
            }
        });
        for (String e : errors) {
            if (e != null) {
                throw new DatasetException(e);
            }
        }
        return rows;
    }
}
