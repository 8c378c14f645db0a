package io.automl.bench;

import io.automl.eval.data.DataSplit;
import io.automl.eval.data.DatasetCache;
import io.automl.eval.data.PreparedData;
import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Writes the training, validation and test rows of a space's data set exactly as the DL4J trainer sees them (the
 * product's loader, split and normalizer fitted on the training split), for a peer in another language:
 * {@code NAME-x.f32} (float32, little-endian, rows x features) and {@code NAME-y.i32} (class indices, int32) for
 * NAME in train, validation, test, and {@code shape.txt} (features and classes).
 * Usage: {@code SplitExport SPACE_FILE OUT_DIR}.
 */
public final class SplitExport {
    private SplitExport() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        SearchSpace space = new SpaceParser().parseFile(file);
        PreparedData data = new DatasetCache().get(space.dataset(), file.toAbsolutePath().getParent());
        write(out, "train", data.train());
        write(out, "validation", data.validation());
        write(out, "test", data.test());
        Files.writeString(out.resolve("shape.txt"), data.featureNames().size() + " " + data.classes() + "\n");
        System.out.printf("%d train, %d validation, %d test rows of %d features, %d classes%n", data.train().size(),
                data.validation().size(), data.test().size(), data.featureNames().size(), data.classes());
    }

    private static void write(Path dir, String name, DataSplit split) throws IOException {
        float[] x = split.features().castTo(DataType.FLOAT).dup('c').data().asFloat();
        ByteBuffer xs = ByteBuffer.allocate(x.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        xs.asFloatBuffer().put(x);
        Files.write(dir.resolve(name + "-x.f32"), xs.array());
        int[] y = split.labels();
        ByteBuffer ys = ByteBuffer.allocate(y.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        ys.asIntBuffer().put(y);
        Files.write(dir.resolve(name + "-y.i32"), ys.array());
    }
}
