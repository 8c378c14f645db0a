package io.automl.bench;

import io.automl.eval.data.DatasetCache;
import io.automl.eval.data.IdxReader;
import io.automl.eval.data.ImageFolder;
import io.automl.eval.data.ImageFolderReader;
import io.automl.eval.data.ImageFolderWriter;
import io.automl.eval.data.LabeledRows;
import io.automl.eval.data.PreparedData;
import io.automl.space.DatasetSpec;
import io.automl.space.ImageFolders;
import io.automl.space.images.ClassFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Load time of an image folder: writes the images of an IDX file as PNG class folders once (when the folder is
 * missing), then per run times (1) decoding every PNG on one thread, (2) a whole {@link DatasetCache} load of the
 * images data set on every processor (decode, split, normalize: what the first trial of a study waits for) and (3)
 * the same load of the IDX files themselves (the peer: the same pixels without image decoding). Each run uses a new
 * cache. Prints one CSV line per run and measure, in seconds.
 * Usage: ImageLoad PNG_DIR IDX_IMAGES IDX_LABELS RUNS
 */
public final class ImageLoad {
    private ImageLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path images = Path.of(args[1]);
        Path labels = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        if (!Files.isDirectory(dir)) {
            long t0 = System.nanoTime();
            LabeledRows rows = new IdxReader().read(images, labels);
            int n = new ImageFolderWriter().write(rows, 28, 28, dir, false);
            System.err.printf(Locale.ROOT, "wrote %d PNGs in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        }
        DatasetSpec.Split split = new DatasetSpec.Split(0.2, 0.2, 7);
        DatasetSpec folder = DatasetSpec.images(dir.toString(), new ImageFolders(28, 28, 1, null, null), split,
                "standardize", 0);
        DatasetSpec idx = new DatasetSpec("idx", images.toString(), "label", split, "standardize", 0,
                labels.toString());
        System.out.println("run,measure,threads,images,seconds");
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            ClassFolders listing = ClassFolders.scan(dir);
            ImageFolder decoded = new ImageFolderReader(1).read(listing, listing.names(), 28, 28, 1);
            decoded.requireDecoded();
            print(run, "decode-png", 1, decoded.size(), t0);
            int cores = Runtime.getRuntime().availableProcessors();
            t0 = System.nanoTime();
            PreparedData p = new DatasetCache().get(folder, dir);
            print(run, "load-png-folder", cores, p.train().size() + p.validation().size() + p.test().size(), t0);
            t0 = System.nanoTime();
            PreparedData q = new DatasetCache().get(idx, dir);
            print(run, "load-idx", 1, q.train().size() + q.validation().size() + q.test().size(), t0);
        }
    }

    private static void print(int run, String measure, int threads, int n, long t0) {
        System.out.printf(Locale.ROOT, "%d,%s,%d,%d,%.2f%n", run, measure, threads, n, (System.nanoTime() - t0) / 1e9);
    }
}
