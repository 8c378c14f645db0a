package io.automl.eval.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Writes labeled rows of pixel values as a folder of class subfolders of PNG images ({@code OUT/<class>/<n>.png},
 * {@code n} the row number from 0, zero-padded to 5 digits), the layout an {@code images} data set reads: each row
 * of {@code height * width} values becomes one image, its values scaled from [0, max] (max: the largest value of
 * all rows) to gray levels 0 to 255; with {@code rgb} the level v is written in colour as (v, v / 2, 255 - v), so
 * that the three channels differ. Stateless and thread-safe.
 */
public final class ImageFolderWriter {

    /**
     * Writes every row of {@code rows} below {@code out} (created if missing) and returns the number of images.
     *
     * @throws IllegalArgumentException when a row does not hold {@code height * width} values
     */
    public int write(LabeledRows rows, int height, int width, Path out, boolean rgb) throws IOException {
        Objects.requireNonNull(out, "out");
        if (rows.featureNames().size() != height * width) {
            throw new IllegalArgumentException("rows of " + rows.featureNames().size() + " values are not " + height
                    + "x" + width + " images");
        }
        if (rows.regression()) {
            throw new IllegalArgumentException("regression rows have no classes to make folders of");
        }
        int[] all = new int[rows.size()];
        java.util.Arrays.setAll(all, i -> i);
        double[][] x = rows.features(all);
        int[] y = rows.labels();
        double max = 0;
        for (double[] row : x) {
            for (double v : row) {
                if (v < 0 || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("pixel values must be finite and >= 0, got " + v);
                }
                max = Math.max(max, v);
            }
        }
        double scale = max == 0 ? 0 : 255 / max;
        for (String name : rows.labelNames()) {
            Files.createDirectories(out.resolve(ClassNames.folder(name)));
        }
        for (int i = 0; i < x.length; i++) {
            BufferedImage img = new BufferedImage(width, height,
                    rgb ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
            for (int r = 0; r < height; r++) {
                for (int c = 0; c < width; c++) {
                    int v = (int) Math.round(x[i][r * width + c] * scale);
                    if (rgb) {
                        img.setRGB(c, r, (v << 16) | ((v / 2) << 8) | (255 - v));
                    } else {
                        img.getRaster().setSample(c, r, 0, v);
                    }
                }
            }
            Path file = out.resolve(ClassNames.folder(rows.labelNames().get(y[i])))
                    .resolve(String.format("%05d.png", i));
            if (!ImageIO.write(img, "png", file.toFile())) {
                throw new IOException("no PNG writer in this JDK");
            }
        }
        return x.length;
    }
}
