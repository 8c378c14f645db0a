package io.automl.space.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.DatasetSpec;
import io.automl.space.SearchSpace;
import io.automl.space.arch.InputShape;
import io.automl.space.policy.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code "dataset": {"type": "images", ...}}: folders, sizes, the input it gives the network, augmentation. */
class ImageDatasetParseTest {
    @TempDir
    Path dir;

    private SpaceParser parser = new SpaceParser(new FixedPlugins());

    @BeforeEach
    void folders() throws IOException {
        for (String c : List.of("cat", "dog")) {
            Files.createDirectories(dir.resolve("train/" + c + "/sub"));
            Files.writeString(dir.resolve("train/" + c + "/a.png"), "x");
            Files.writeString(dir.resolve("train/" + c + "/sub/b.JPG"), "x");
            Files.writeString(dir.resolve("train/" + c + "/notes.txt"), "not an image");
        }
        Files.createDirectories(dir.resolve("val/cat"));
        Files.writeString(dir.resolve("val/cat/c.gif"), "x");
    }

    private static String space(String dataset, String params, String input) {
        return """
                {"name": "img", "objective": {"metric": "accuracy"},
                 "dataset": %s,
                 "params": {%s},
                 "architecture": {%s "blocks": [
                    {"layer": {"type": "conv2d", "filters": 4, "kernel": 3}},
                    {"layer": {"type": "pool2d", "size": 2, "stride": 2}},
                    {"layer": {"type": "dense", "units": 8}}]}}
                """.formatted(dataset, params, input);
    }

    private static String images(String extra) {
        return "{\"type\": \"images\", \"path\": \"train\", \"height\": 28, \"width\": 24" + extra + "}";
    }

    private String errors(String text) {
        InvalidSpaceException e = assertThrows(InvalidSpaceException.class, () -> parser.parse(text, dir));
        return e.errors().stream().map(x -> x.pointer() + ": " + x.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void anImageFolderGivesTheNetworkItsImageShape() {
        SearchSpace s = parser.parse(space(images(", \"channels\": 3, \"validation\": \"val\""), "", ""), dir);
        DatasetSpec d = s.dataset();
        assertEquals("images", d.type());
        assertEquals(dir.resolve("train").toString(), d.path());
        assertEquals(dir.resolve("val").toString(), d.images().validation());
        assertNull(d.images().test());
        assertEquals(List.of(d.path(), d.images().validation()), d.paths());
        assertEquals(InputShape.image(28, 24, 3), s.architecture().orElseThrow().input());
        SearchSpace gray = parser.parse(space(images(""), "", ""), dir);
        assertEquals(1, gray.dataset().images().channels());
    }

    @Test
    void badSizesAndFieldsOfOtherTypesAreErrorsAtTheirPointers() {
        String e = errors(space("{\"type\": \"images\", \"path\": \"train\", \"height\": 0, \"channels\": 2,"
                + " \"label\": \"y\"}", "", ""));
        assertTrue(e.contains("/dataset/height: height must be between 1 and 4096"), e);
        assertTrue(e.contains("/dataset/width: required field 'width' is missing"), e);
        assertTrue(e.contains("/dataset/channels: channels must be 1 (gray) or 3 (RGB)"), e);
        assertTrue(e.contains("/dataset/label: 'label' does not apply to an images data set"), e);
        String csv = errors(space("{\"path\": \"d.csv\", \"height\": 28}", "", ""));
        assertTrue(csv.contains("/dataset/height: 'height' applies to images data sets only"), csv);
    }

    @Test
    void foldersMustHoldTwoClassesAndTheSplitFoldersOnlyKnownOnes() throws IOException {
        assertTrue(errors(space(images(", \"test\": \"nowhere\""), "", "")).contains("/dataset/test: no such folder"));
        Files.createDirectories(dir.resolve("val/bird"));
        assertTrue(errors(space(images(", \"validation\": \"val\""), "", ""))
                .contains("/dataset/validation: class folder 'bird' is not a class of"));
        Files.createDirectories(dir.resolve("one/only"));
        Files.writeString(dir.resolve("one/only/a.png"), "x");
        Files.writeString(dir.resolve("one/loose.png"), "x");
        String e = errors(space("{\"type\": \"images\", \"path\": \"one\", \"height\": 8, \"width\": 8}", "", ""));
        assertTrue(e.contains("/dataset/path: an images data set needs one subfolder per class, at least two"), e);
        assertTrue(e.contains("/dataset/path: 1 image(s) lie directly in"), e);
        Files.createDirectories(dir.resolve("train/empty"));
        assertTrue(errors(space(images(""), "", "")).contains("/dataset/path: class folder 'empty' holds no image"));
    }

    @Test
    void foldersOutsideTheServersDataFoldersAreRefusedBeforeAnyLook() throws IOException {
        Path root = Files.createDirectories(dir.resolve("root"));
        parser = new SpaceParser(new SpaceParser.Options(Policy.server(false, List.of(root)), true),
                new FixedPlugins());
        String e = errors(space(images(", \"validation\": \"/no/such/place\""), "", ""));
        assertTrue(e.contains("/dataset/path: the data set must lie inside one of the server's data folders"), e);
        assertTrue(e.contains("/dataset/validation: the data set must lie inside one of the server's data folders"),
                e);
    }

    @Test
    void aDeclaredInputMustMatchTheImages() {
        String e = errors(space(images(""), "", "\"input\": {\"type\": \"image\", \"height\": 28, \"width\": 28},"));
        assertTrue(e.contains("/architecture/input: the images data set gives 28x24x1 input"), e);
    }

    @Test
    void augmentationIsSearchedLikeAnyParameterAndNeedsImages() {
        SearchSpace s = parser.parse(space(images(""), "\"augmentFlip\": {\"type\": \"categorical\", \"values\":"
                + " [true, false]}, \"augmentShift\": {\"type\": \"int\", \"low\": 0, \"high\": 3}", ""), dir);
        assertEquals(2, s.params().size());
        String e = errors(space(images(""), "\"augmentFlip\": 1, \"augmentShift\": {\"type\": \"float\", \"low\": 0,"
                + " \"high\": 2}", ""));
        assertTrue(e.contains("/params/augmentFlip: augmentFlip takes true, false"), e);
        assertTrue(e.contains("/params/augmentShift: augmentShift takes whole numbers of pixels"), e);
        String flat = errors("""
                {"name": "f", "objective": {"metric": "accuracy"}, "dataset": {"path": "d.csv"},
                 "params": {"augmentShift": 2},
                 "architecture": {"blocks": [{"layer": {"type": "dense", "units": 8}}]}}
                """);
        assertTrue(flat.contains("/params/augmentShift: augmentShift augments images"), flat);
    }

    @Test
    void aNamedDataSetGivesTypeAndPathsAndAnUnknownNameIsAnError() {
        String trainPath = dir.resolve("train").toString();
        io.automl.space.DatasetRefs refs = name -> name.equals("pets")
                ? java.util.Optional.of(new io.automl.space.DatasetRefs.Ref("pets", "images", trainPath, null, "abc"))
                : java.util.Optional.empty();
        parser = new SpaceParser(new SpaceParser.Options(Policy.operator(), true, refs), new FixedPlugins());
        SearchSpace s = parser.parse(space("{\"ref\": \"pets\", \"height\": 28, \"width\": 24}", "", ""), dir);
        assertEquals(trainPath, s.dataset().path());
        assertEquals("images", s.dataset().type());
        assertEquals("pets", s.dataset().ref());
        String e = errors(space("{\"ref\": \"cats\", \"height\": 28, \"width\": 24}", "", ""));
        assertTrue(e.contains("/dataset/ref: no data set named 'cats'"), e);
        String both = errors(space("{\"ref\": \"pets\", \"path\": \"train\", \"type\": \"csv\"}", "", ""));
        assertTrue(both.contains("/dataset/path: 'path' cannot go with 'ref'"), both);
        assertTrue(both.contains("/dataset/type: data set 'pets' is of type images"), both);
    }
}
