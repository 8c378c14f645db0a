package io.automl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code automl dataset add}, {@code automl datasets}, a space naming the data set by ref, {@code dataset rm}. */
class DatasetsCliTest {
    @Test
    void aCsvAddedByNameIsListedUsedByRefAndRemoved(@TempDir Path dir) throws Exception {
        String data = dir.resolve("data").toString();
        CliRun add = CliRun.of(Map.of(), "dataset", "add", Examples.file("datasets/iris.csv").toString(), "--name",
                "flowers", "--data", data);
        assertEquals(0, add.exitCode(), add.err());
        assertTrue(add.out().startsWith("added flowers: csv, 150 rows (5 columns), sha256 "), add.out());
        CliRun list = CliRun.of(Map.of(), "datasets", "--data", data);
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("flowers\\s+csv\\s+150\\s+5 columns\\s+\\d+\\s+\\w{64}")),
                list.out());
        CliRun again = CliRun.of(Map.of(), "dataset", "add", Examples.file("datasets/iris.csv").toString(), "--name",
                "flowers", "--data", data);
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("a data set named 'flowers' exists"), again.err());

        Path space = Files.writeString(dir.resolve("s.json"), "{\"name\": \"iris-ref\", \"objective\": {\"metric\":"
                + " \"accuracy\"}, \"dataset\": {\"ref\": \"flowers\"}, \"budget\": {\"trials\": 1, \"epochs\": 2},"
                + " \"architecture\": {\"blocks\": [{\"layer\": {\"type\": \"dense\", \"units\": 8}}]}}");
        CliRun run = CliRun.of(Map.of(), "run", space.toString(), "--data", data, "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"complete\" : 1") || run.out().contains("\"complete\":1"), run.out());
        Path bundle = dir.resolve("iris.zip");
        CliRun export = CliRun.of(Map.of(), "export", "iris-ref", "--out", bundle.toString(), "--data", data);
        assertEquals(0, export.exitCode(), export.err());
        String manifest;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(bundle.toFile())) {
            manifest = new String(zip.getInputStream(zip.getEntry("automl/manifest.json")).readAllBytes());
        }
        String sha = add.out().substring(add.out().indexOf("sha256 ") + 7).trim();
        assertTrue(manifest.matches("(?s).*\"data_name\"\\s*:\\s*\"flowers\".*"), manifest);
        assertTrue(manifest.contains(sha), "the bundle records the data set's hash: " + manifest);
        Path unknown = Files.writeString(dir.resolve("u.json"), Files.readString(space).replace("flowers", "weeds"));
        CliRun bad = CliRun.of(Map.of(), "validate", unknown.toString(), "--data", data);
        assertEquals(2, bad.exitCode(), bad.out());
        assertTrue(bad.err().contains("/dataset/ref: no data set named 'weeds'"), bad.err());

        CliRun rm = CliRun.of(Map.of(), "dataset", "rm", "flowers", "--data", data);
        assertEquals(0, rm.exitCode(), rm.err());
        assertEquals("removed flowers\n", rm.out());
        CliRun missing = CliRun.of(Map.of(), "dataset", "rm", "flowers", "--data", data);
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no data set named 'flowers'"), missing.err());
    }
}
