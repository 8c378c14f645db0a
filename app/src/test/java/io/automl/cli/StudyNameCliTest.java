package io.automl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code automl validate}, {@code run} and {@code schedule} refuse a name that breaks the rule, storing nothing. */
class StudyNameCliTest {
    @TempDir
    Path dir;

    private Path space(String name) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode space = (ObjectNode) json.readTree(Examples.file("iris-mlp.json").toFile());
        space.put("name", name);
        ((ObjectNode) space.at("/dataset")).put("path", Examples.file("datasets/iris.csv").toString());
        Path file = dir.resolve("space.json");
        Files.writeString(file, space.toString());
        return file;
    }

    @Test
    void aHugeNameIsOneShortErrorAtTheNamePointer() throws Exception {
        Path file = space("x".repeat(10_000));
        Path data = dir.resolve("data");
        for (String[] args : new String[][] {{"validate", file.toString()},
                {"run", file.toString(), "--trials", "1", "--data", data.toString()},
                {"schedule", file.toString(), "--cron", "0 0 2 * * ?", "--data", data.toString()}}) {
            CliRun r = CliRun.of(Map.of(), args);
            assertEquals(2, r.exitCode(), args[0] + ": " + r.err());
            assertTrue(r.err().lines().anyMatch(l -> l.startsWith("/name: name must be 1 to 100 characters")),
                    args[0] + ": " + r.err());
            assertTrue(r.err().contains("(10000 characters)") && r.err().length() < 800, args[0] + ": " + r.err());
        }
        CliRun studies = CliRun.of(Map.of(), "studies", "--data", data.toString());
        assertFalse(studies.out().contains("xxxxxxxx"), studies.out());
    }

    @Test
    void aScheduleNameGivenWithNameFollowsTheRule() throws Exception {
        Path file = space("iris-nightly");
        CliRun r = CliRun.of(Map.of(), "schedule", file.toString(), "--cron", "0 0 2 * * ?", "--name", "two words",
                "--data", dir.resolve("data").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--name") && r.err().contains("a space at index 3"), r.err());
        CliRun listed = CliRun.of(Map.of(), "schedules", "--data", dir.resolve("data").toString());
        assertFalse(listed.out().contains("two words"), listed.out());
    }
}
