package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.automl.cli.Cli;
import io.automl.cli.Console;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code automl backup} taken from a server mid-study (H2's online backup through the server that holds the
 * database), {@code automl restore} into an empty data folder, and a server started on the restored folder that
 * resumes the study to its budget, keeping the trials finished before the backup and their stored models.
 */
class BackupRestoreTest {

    record Run(int code, String out, String err) {
    }

    static Run cli(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, env)).execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBackupTakenMidStudyRestoresAndTheStudyResumesFromIt(@TempDir Path root, @TempDir Path elsewhere)
            throws Exception {
        Path zip = elsewhere.resolve("mid-study.zip");
        Map<String, Double> before = new HashMap<>();
        try (TestServer s = new TestServer(root, "127.0.0.1")) {
            assertEquals(201, s.post("/api/studies", LiveDashboardTest.space("backed-up", 6, 40)).statusCode());
            s.await("/api/studies/backed-up", j -> j.get("counts").get("complete").asInt() >= 2, 240);
            Run backup = cli(Map.of("AUTOML_TOKEN", TestServer.TOKEN), "backup", "--out", zip.toString(), "--data",
                    root.resolve("data").toString(), "--server", s.base());
            assertEquals(0, backup.code(), backup.err());
            assertTrue(backup.out().contains("backup written to " + zip), backup.out());
            JsonNode study = s.tree(s.get("/api/studies/backed-up"));
            assertEquals("RUNNING", study.get("state").asText(), "the backup was taken mid-study");
            Run again = cli(Map.of("AUTOML_TOKEN", TestServer.TOKEN), "backup", "--out", zip.toString(), "--server",
                    s.base());
            assertEquals(2, again.code());
            assertTrue(again.err().contains("exists already"), again.err());
            Run noToken = cli(Map.of("AUTOML_TOKEN", "wrong"), "backup", "--out", elsewhere.resolve("x.zip").toString(),
                    "--data", elsewhere.resolve("nothing").toString(), "--server", s.base());
            assertEquals(2, noToken.code());
            assertTrue(noToken.err().contains("answered 401"), noToken.err());
            s.post("/api/studies/backed-up/cancel", null);
        }
        // the data of the backup's moment, read from the zip after restoring it
        Path data = root.resolve("data");
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Run restore = cli(Map.of(), "restore", zip.toString(), "--data", data.toString());
        assertEquals(0, restore.code(), restore.err());
        assertTrue(restore.out().contains("restored 1 studies") && restore.out().contains("backed-up (RUNNING)"),
                restore.out());
        Run intoFull = cli(Map.of(), "restore", zip.toString(), "--data", data.toString());
        assertEquals(2, intoFull.code());
        assertTrue(intoFull.err().contains("holds a database already"), intoFull.err());
        Run trials = cli(Map.of(), "trials", "backed-up", "--state", "complete", "--format", "json", "--data",
                data.toString());
        JsonNode complete = new com.fasterxml.jackson.databind.ObjectMapper().readTree(trials.out());
        assertTrue(complete.size() >= 2, trials.out());
        complete.forEach(t -> before.put(t.get("trial").asText(), t.get("value").asDouble()));

        try (TestServer resumed = new TestServer(root, "127.0.0.1")) {
            JsonNode done = resumed.await("/api/studies/backed-up", j -> j.get("state").asText().equals("COMPLETE"),
                    300);
            assertEquals(6, done.get("counts").get("complete").asInt() + done.get("counts").get("failed").asInt(),
                    done.toString());
            for (Map.Entry<String, Double> e : before.entrySet()) {
                JsonNode t = resumed.tree(resumed.get("/api/studies/backed-up/trials/" + e.getKey()));
                assertEquals("COMPLETE", t.get("state").asText());
                assertEquals(e.getValue(), t.get("value").asDouble(), 0.0);
                assertTrue(t.get("hasModel").asBoolean(), "the stored model came back: " + t);
            }
            assertEquals(200, resumed.get("/api/studies/backed-up/export").statusCode());
        }
    }
}
