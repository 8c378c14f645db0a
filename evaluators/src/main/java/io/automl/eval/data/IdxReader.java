package io.automl.eval.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Reads an IDX image file (magic 0x803: count x rows x columns unsigned bytes) and its IDX label file (magic 0x801:
 * count unsigned bytes), gzip-compressed or plain, into rows of {@code rows * columns} pixel values named
 * {@code px_<row>_<column>} with classes named by their label values. Stateless and thread-safe.
 */
public final class IdxReader {
    static final int IMAGES_MAGIC = 0x803;
    static final int LABELS_MAGIC = 0x801;

    /** Whether {@code file} starts like an IDX image file (gzip-compressed or plain). */
    public static boolean isIdxImages(Path file) {
        try (DataInputStream in = open(file)) {
            return in.readInt() == IMAGES_MAGIC;
        } catch (IOException e) {
            return false;
        }
    }

    /** The images of {@code images} and the labels of {@code labels}, as rows and classes. */
    public LabeledRows read(Path images, Path labels) {
        try (DataInputStream img = open(images); DataInputStream lab = open(labels)) {
            int n = header(img, images, IMAGES_MAGIC);
            int rows = img.readInt();
            int cols = img.readInt();
            int m = header(lab, labels, LABELS_MAGIC);
            if (n != m) {
                throw new DatasetException(images + " has " + n + " images but " + labels + " has " + m + " labels");
            }
            if (rows < 1 || cols < 1) {
                throw new DatasetException(images + ": image size " + rows + "x" + cols + " is empty");
            }
            double[][] x = new double[n][rows * cols];
            byte[] buf = new byte[rows * cols];
            int[] raw = new int[n];
            for (int i = 0; i < n; i++) {
                img.readFully(buf);
                for (int j = 0; j < buf.length; j++) {
                    x[i][j] = buf[j] & 0xff;
                }
                raw[i] = lab.readUnsignedByte();
            }
            return rows(x, raw, rows, cols, labels);
        } catch (EOFException e) {
            throw new DatasetException(images + " or " + labels + " ends before the count in its header", e);
        } catch (NoSuchFileException e) {
            throw new DatasetException("data file not found: " + e.getFile(), e);
        } catch (IOException e) {
            throw new DatasetException(images + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static LabeledRows rows(double[][] x, int[] raw, int rows, int cols, Path labels) {
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int r : raw) {
            distinct.add(r);
        }
        if (distinct.size() < 2) {
            throw new DatasetException(labels + ": a classification data set needs at least two classes, found "
                    + distinct.size());
        }
        List<Integer> classes = new ArrayList<>(distinct);
        List<String> names = classes.stream().map(String::valueOf).toList();
        int[] y = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            y[i] = classes.indexOf(raw[i]);
        }
        List<String> features = new ArrayList<>(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                features.add("px_" + r + "_" + c);
            }
        }
        return new LabeledRows(features, "label", names, x, y);
    }

    private static int header(DataInputStream in, Path file, int magic) throws IOException {
        int m = in.readInt();
        if (m != magic) {
            throw new DatasetException(String.format("%s: not an IDX %s file (magic 0x%x, expected 0x%x)", file,
                    magic == IMAGES_MAGIC ? "image" : "label", m, magic));
        }
        int n = in.readInt();
        if (n < 0) {
            throw new DatasetException(file + ": negative item count " + n);
        }
        return n;
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return new DataInputStream(in);
    }
}
