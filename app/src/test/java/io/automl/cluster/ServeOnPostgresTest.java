package io.automl.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code automl serve --store jdbc:postgresql://...} as a real process: it runs a submitted study in the shared
 * database (a second server on another data directory sees it finished), and the database password, given only
 * in the environment, shows neither in the server's output nor in its command line. A server whose database is
 * unreachable exits at once with code 1 and a message naming the URL, without the password.
 */
class ServeOnPostgresTest {
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path root;

    @Test
    void serverRunsStudiesInPostgresAndNeverShowsThePassword() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            Path executions = root.resolve("executions.log");
            String space = new CommandSpaces().space("pg-served", 4, 2, 0.1, executions).toString();
            try (ServerNode a = ServerNode.start(db, root.resolve("a"), "--allow-commands")) {
                HttpResponse<String> created = a.post("/api/studies", space);
                assertEquals(201, created.statusCode(), created.body());
                assertTrue(Cluster.await(60, () -> state(a, "pg-served").equals("COMPLETE")), a.log());
                try (ServerNode b = ServerNode.start(db, root.resolve("b"))) {
                    JsonNode seen = json.readTree(b.get("/api/studies/pg-served").body());
                    assertEquals("COMPLETE", seen.path("state").asText());
                    assertEquals(4, seen.path("counts").path("complete").asInt());
                    for (ServerNode node : List.of(a, b)) {
                        assertTrue(node.log().contains(db.url()), "the log names the store: " + node.log());
                        assertFalse(node.log().contains(db.password()), "password in the server output");
                        assertTrue(node.commandLine().contains("--store " + db.url()), node.commandLine());
                        assertFalse(node.commandLine().contains(db.password()), "password in the command line");
                    }
                }
            }
            assertEquals(4, Files.readAllLines(executions).size());
        }
    }

    @Test
    void unreachableDatabaseStopsTheServerWithTheUrlAndWithoutThePassword() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:1/automl";
        String password = "unreachable-secret-42";
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.automl.cli.Main", "serve", "--port", "0",
                "--data", root.resolve("data").toString(), "--store", url).redirectErrorStream(true);
        pb.environment().put("AUTOML_DB_USER", "automl");
        pb.environment().put("AUTOML_DB_PASSWORD", password);
        Process p = pb.start();
        long started = System.nanoTime();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the server kept running without a database");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(1, p.exitValue(), output);
        assertTrue(output.contains("cannot connect to " + url), output);
        assertFalse(output.contains(password), output);
        assertTrue(seconds < 30, "took " + seconds + " s to report the unreachable database");
    }

    private String state(ServerNode node, String study) {
        try {
            return json.readTree(node.get("/api/studies/" + study).body()).path("state").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
