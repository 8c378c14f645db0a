package io.automl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image folders end to end through the command line: {@code images-from-csv} writes the bundled digits as PNG class
 * folders, {@code validate} reports them, a real search runs on the example space, and {@code predict} labels a
 * folder with the exported bundle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImagesCliTest {
    private Path dir;
    private Path space;
    private JsonNode run;

    @BeforeAll
    void writeImagesAndSearch(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        CliRun written = CliRun.of(Map.of(), "images-from-csv", Examples.file("datasets/digits.csv").toString(),
                "--out", dir.resolve("datasets/digit-images").toString());
        assertEquals(0, written.exitCode(), written.err());
        assertTrue(written.out().contains("wrote 1797 8x8 gray images in 10 class folders"), written.out());
        String text = Files.readString(Examples.file("digit-images.json"))
                .replace("\"trials\": 8", "\"trials\": 2").replace("\"epochs\": 15", "\"epochs\": 5");
        space = Files.writeString(dir.resolve("digit-images.json"), text);
        CliRun r = CliRun.of(Map.of(), "run", space.toString(), "--data", dir.resolve("data").toString(),
                "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        run = new ObjectMapper().readTree(r.out());
    }

    @Test
    void aSearchOnImageFoldersLearnsTheDigits() {
        assertEquals(2, run.at("/counts/complete").asInt(), run.toString());
        assertTrue(run.at("/best/value").asDouble() > 0.85, "validation accuracy of the best trial: " + run);
    }

    @Test
    void validateReportsImagesPerClassAndSizes() {
        CliRun v = CliRun.of(Map.of(), "validate", space.toString());
        assertEquals(0, v.exitCode(), v.err());
        assertTrue(v.out().contains("path: 1797 images in 10 classes (0 178, 1 182, 2 177,"), v.out());
        assertTrue(v.out().contains("path sizes: 8x8 gray (1797)"), v.out());
    }

    @Test
    void anUndecodableImageFailsValidationWithItsPath(@TempDir Path other) throws Exception {
        CliRun w = CliRun.of(Map.of(), "images-from-csv", Examples.file("datasets/iris.csv").toString(), "--out",
                other.resolve("iris").toString(), "--height", "2", "--width", "2", "--rgb");
        assertEquals(0, w.exitCode(), w.err());
        Path bad = Files.writeString(other.resolve("iris/0/bad.jpg"), "not a jpeg");
        Path s = Files.writeString(other.resolve("s.json"), "{\"name\": \"iris-img\", \"objective\": {\"metric\":"
                + " \"accuracy\"}, \"dataset\": {\"type\": \"images\", \"path\": \"iris\", \"height\": 2, \"width\":"
                + " 2, \"channels\": 3}, \"architecture\": {\"blocks\": [{\"layer\": {\"type\": \"dense\", \"units\":"
                + " 4}}]}}");
        CliRun v = CliRun.of(Map.of(), "validate", s.toString());
        assertEquals(2, v.exitCode(), v.out() + v.err());
        assertTrue(v.err().contains("/dataset/path: " + bad + ": cannot decode"), v.err());
        assertTrue(v.out().contains("path: 151 images in 3 classes"), v.out());
        assertTrue(v.out().contains("path sizes: 2x2 rgb (150)"), v.out());
    }

    @Test
    void predictPrintsFileAndClassPerImageAndTheAccuracyOverClassFolders() throws Exception {
        Path bundle = dir.resolve("best.zip");
        CliRun export = CliRun.of(Map.of(), "export", "digit-images", "--out", bundle.toString(), "--data",
                dir.resolve("data").toString());
        assertEquals(0, export.exitCode(), export.err());
        CliRun p = CliRun.of(Map.of(), "predict", bundle.toString(), dir.resolve("datasets/digit-images").toString());
        assertEquals(0, p.exitCode(), p.err());
        List<String> lines = p.out().lines().toList();
        assertEquals(1797, lines.size());
        assertTrue(lines.get(0).matches("0/00000\\.png\\t[0-9]"), lines.get(0));
        assertTrue(p.err().matches("(?s)accuracy 0\\.\\d{4} on 1797 images in class folders\\s*"), p.err());
        assertTrue(Double.parseDouble(p.err().substring(9, 15)) > 0.85, p.err());
        CliRun one = CliRun.of(Map.of(), "predict", bundle.toString(),
                dir.resolve("datasets/digit-images/3/00003.png").toString());
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.out().endsWith("00003.png\t3\n"), one.out());
        Files.writeString(dir.resolve("broken.png"), "no image");
        CliRun broken = CliRun.of(Map.of(), "predict", bundle.toString(), dir.resolve("broken.png").toString());
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().contains("broken.png: cannot decode"), broken.err());
    }
}
